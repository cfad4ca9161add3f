package id.pita.portal.console;

import java.util.Map;

/** Console and status-page wording, Bahasa Indonesia first, English with {@code ?lang=en}. */
public final class Text {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("dashboard", new String[] {"Dasbor", "Dashboard"}),
            Map.entry("district", new String[] {"Kabupaten", "District"}),
            Map.entry("sites", new String[] {"Lokasi", "Sites"}),
            Map.entry("gateways", new String[] {"Gateway", "Gateways"}),
            Map.entry("calendar", new String[] {"Kalender", "Calendar"}),
            Map.entry("gatewaySetup", new String[] {"Konfigurasi gateway", "Gateway set-up"}),
            Map.entry("secretsInside", new String[] {"Berisi rahasia RADIUS/portal gateway ini: jangan dibagikan. "
                    + "Setiap tampilan dicatat di log audit.", "Contains this gateway's RADIUS/portal secrets: do not "
                    + "share. Every view is written to the audit log."}),
            Map.entry("download", new String[] {"Unduh", "Download"}),
            Map.entry("nationalHolidays", new String[] {"Hari libur nasional per tahun", "National holidays by year"}),
            Map.entry("boosts", new String[] {"Tambahan", "Boosts"}),
            Map.entry("vouchers", new String[] {"Voucher", "Vouchers"}),
            Map.entry("users", new String[] {"Pengguna", "Users"}),
            Map.entry("audit", new String[] {"Log audit", "Audit log"}),
            Map.entry("reports", new String[] {"Laporan", "Reports"}),
            Map.entry("logout", new String[] {"Keluar", "Log out"}),
            Map.entry("login", new String[] {"Masuk", "Log in"}),
            Map.entry("username", new String[] {"Nama pengguna", "User name"}),
            Map.entry("password", new String[] {"Kata sandi", "Password"}),
            Map.entry("save", new String[] {"Simpan", "Save"}),
            Map.entry("add", new String[] {"Tambah", "Add"}),
            Map.entry("delete", new String[] {"Hapus", "Delete"}),
            Map.entry("approve", new String[] {"Setujui", "Approve"}),
            Map.entry("reject", new String[] {"Tolak", "Reject"}),
            Map.entry("pool", new String[] {"Kapasitas langganan", "Paid capacity"}),
            Map.entry("policies", new String[] {"Kebijakan per rezim", "Regime policies"}),
            Map.entry("plan", new String[] {"Paket warga", "Citizen plan"}),
            Map.entry("invalid", new String[] {"Isian tidak valid", "Invalid value"}),
            Map.entry("field", new String[] {"Kolom", "Field"}),
            Map.entry("badLogin", new String[] {"Nama pengguna atau kata sandi salah.",
                    "Wrong user name or password."}),
            Map.entry("throttled", new String[] {"Terlalu banyak percobaan. Coba lagi nanti.",
                    "Too many attempts. Try again later."}),
            Map.entry("regime", new String[] {"Rezim sekarang", "Current regime"}),
            Map.entry("nextSwitch", new String[] {"Pergantian berikutnya", "Next switch"}),
            Map.entry("poolUse", new String[] {"Pemakaian kapasitas sekarang", "Pool use now"}),
            Map.entry("office", new String[] {"Kantor", "Offices"}),
            Map.entry("public", new String[] {"Publik (hotspot)", "Public (hotspots)"}),
            Map.entry("allocation", new String[] {"Alokasi", "Allocation"}),
            Map.entry("use", new String[] {"Pemakaian", "Use"}),
            Map.entry("sessions", new String[] {"Sesi aktif", "Sessions online"}),
            Map.entry("open", new String[] {"Buka", "Open"}),
            Map.entry("closed", new String[] {"Tutup", "Closed"}),
            Map.entry("chart", new String[] {"Lalu lintas 24 jam (unduh, Mbps)",
                    "Traffic, last 24 hours (download, Mbps)"}),
            Map.entry("capacity", new String[] {"Kapasitas", "Capacity"}),
            Map.entry("status", new String[] {"Status Wi-Fi publik", "Public Wi-Fi status"}),
            Map.entry("todayUse", new String[] {"Pemakaian kapasitas hari ini", "How today's capacity was used"}),
            Map.entry("coaFallback", new String[] {"Putuskan bila CoA ditolak",
                    "Disconnect when a CoA is refused"}),
            Map.entry("secretOnce", new String[] {"Rahasia ini hanya ditampilkan sekali. Catat sekarang.",
                    "This secret is shown only once. Write it down now."}),
            Map.entry("officePassword", new String[] {"Kata sandi tautan kantor", "Office link password"}),
            Map.entry("officePasswordInput", new String[] {"Kata sandi kantor (kosong = tetap / buat otomatis)",
                    "Office password (empty = keep / generate)"}),
            Map.entry("officePasswordNew", new String[] {"Buat kata sandi kantor baru", "Generate a new office password"}),
            Map.entry("passwordSet", new String[] {"diatur", "set"}),
            Map.entry("passwordNone", new String[] {"belum diatur", "not set"}),
            Map.entry("gwActivity", new String[] {"Aktivitas terakhir", "Last activity"}),
            Map.entry("gwAccess", new String[] {"Access-Request", "Access-Request"}),
            Map.entry("gwAccounting", new String[] {"Accounting", "Accounting"}),
            Map.entry("gwCoa", new String[] {"CoA diterima", "CoA acknowledged"}),
            Map.entry("gwNever", new String[] {"belum pernah", "never"}),
            Map.entry("gwNoAccounting", new String[] {"Login diterima tetapi router tidak mengirim accounting: "
                    + "periksa pengaturan accounting RADIUS di router.",
                    "Logins are accepted but the router sends no accounting: check its RADIUS accounting settings."}),
            Map.entry("gwUnsigned", new String[] {"permintaan tanpa Message-Authenticator (rawan BlastRADIUS).",
                    "requests without Message-Authenticator (BlastRADIUS risk)."}),
            Map.entry("gwRouterOsAdvice", new String[] {"Perbarui RouterOS ke 7.15 atau lebih baru dan atur "
                    + "/radius set require-message-auth=yes-for-request-resp.",
                    "Upgrade RouterOS to 7.15 or later and set /radius set require-message-auth=yes-for-request-resp."}),
            Map.entry("forbidden", new String[] {"Akses ditolak", "Access denied"}),
            Map.entry("saved", new String[] {"Tersimpan.", "Saved."}),
            Map.entry("request", new String[] {"Ajukan", "Request"}),
            Map.entry("state", new String[] {"Status", "State"}),
            Map.entry("print", new String[] {"Versi cetak", "Printable"}),
            Map.entry("month", new String[] {"Bulan", "Month"}),
            Map.entry("costPerGb", new String[] {"Biaya per GB", "Cost per GB"}),
            Map.entry("released", new String[] {"Kapasitas dilepas ke publik di luar jam kerja",
                    "Capacity released to the public after hours"}),
            Map.entry("week", new String[] {"Jam kerja mingguan", "Weekly working hours"}),
            Map.entry("holidays", new String[] {"Hari libur", "Holidays"}),
            Map.entry("exceptions", new String[] {"Pengecualian", "Exceptions"}),
            Map.entry("ramadan", new String[] {"Jam kerja Ramadan", "Ramadan hours"}),
            Map.entry("OFFICE_HOURS", new String[] {"Jam kerja", "Office hours"}),
            Map.entry("AFTER_HOURS", new String[] {"Di luar jam kerja", "After hours"}),
            Map.entry("hotspot", new String[] {"Hotspot", "Hotspot"}),
            Map.entry("byHour", new String[] {"Per jam", "By hour"}),
            Map.entry("day", new String[] {"Tanggal", "Day"}),
            Map.entry("area", new String[] {"Wilayah", "Area"}),
            Map.entry("account", new String[] {"Akun saya", "My account"}),
            Map.entry("changePassword", new String[] {"Ganti kata sandi", "Change password"}),
            Map.entry("currentPassword", new String[] {"Kata sandi sekarang", "Current password"}),
            Map.entry("newPassword", new String[] {"Kata sandi baru (min. 12 karakter)",
                    "New password (at least 12 characters)"}),
            Map.entry("totp", new String[] {"Verifikasi dua langkah (TOTP)", "Two-step verification (TOTP)"}),
            Map.entry("totpCode", new String[] {"Kode 6 angka dari aplikasi autentikator",
                    "6-digit code from your authenticator app"}),
            Map.entry("totpOn", new String[] {"Verifikasi dua langkah aktif. Kode pemulihan tersisa:",
                    "Two-step verification is on. Recovery codes left:"}),
            Map.entry("totpHow", new String[] {"Masukkan rahasia ini di aplikasi autentikator (Google Authenticator, "
                    + "Aegis, FreeOTP), lalu ketik kode yang ditampilkannya.", "Enter this secret in an authenticator "
                    + "app (Google Authenticator, Aegis, FreeOTP), then type the code it shows."}),
            Map.entry("enrol", new String[] {"Aktifkan", "Turn on"}),
            Map.entry("recoveryCodes", new String[] {"Kode pemulihan (masing-masing sekali pakai; simpan di tempat "
                    + "aman):", "Recovery codes (each works once; keep them somewhere safe):"}),
            Map.entry("mySessions", new String[] {"Sesi masuk saya", "My log-in sessions"}),
            Map.entry("endSession", new String[] {"Akhiri sesi ini", "End this session"}),
            Map.entry("endOthers", new String[] {"Akhiri semua sesi lain", "End all other sessions"}),
            Map.entry("thisSession", new String[] {"(sesi ini)", "(this session)"}),
            Map.entry("since", new String[] {"Masuk sejak", "Logged in since"}),
            Map.entry("sessionLastSeen", new String[] {"Terakhir aktif", "Last active"}),
            Map.entry("address", new String[] {"Alamat", "Address"}),
            Map.entry("disable", new String[] {"Nonaktifkan", "Disable"}),
            Map.entry("enable", new String[] {"Aktifkan", "Enable"}),
            Map.entry("resetPassword", new String[] {"Atur ulang kata sandi", "Reset password"}),
            Map.entry("role", new String[] {"Peran", "Role"}),
            Map.entry("changeRole", new String[] {"Ubah peran", "Change role"}),
            Map.entry("revoke", new String[] {"Cabut", "Revoke"}),
            Map.entry("disabled", new String[] {"nonaktif", "disabled"}),
            Map.entry("mustChange", new String[] {"Kata sandi Anda dibuat oleh orang lain dan sudah terpakai. Buat "
                    + "kata sandi baru sebelum melanjutkan.", "Your password was set by someone else and is now used "
                    + "up. Choose a new one to go on."}),
            Map.entry("mustEnrol", new String[] {"Admin wajib memakai verifikasi dua langkah. Aktifkan sebelum "
                    + "melanjutkan.", "Admins must use two-step verification. Turn it on to go on."}),
            Map.entry("otpPrompt", new String[] {"Kode verifikasi (atau kode pemulihan)",
                    "Verification code (or a recovery code)"}),
            Map.entry("badOtp", new String[] {"Kode verifikasi salah.", "Wrong verification code."}),
            Map.entry("reauth", new String[] {"Kata sandi Anda (konfirmasi)", "Your password (to confirm)"}),
            Map.entry("passwordOnce", new String[] {"Kata sandi sementara, hanya ditampilkan sekali dan berlaku untuk "
                    + "satu kali masuk:", "Temporary password, shown once and good for one log-in:"}),
            Map.entry("poolDown", new String[] {"Pemakaian pool sekarang, unduh", "Pool use now, download"}),
            Map.entry("poolUp", new String[] {"Pemakaian pool sekarang, unggah", "Pool use now, upload"}),
            Map.entry("ofPool", new String[] {"dari pool", "of the pool"}),
            Map.entry("uplink", new String[] {"Internet: dipakai rencana / kontrak", "Internet: planned on / contracted"}),
            Map.entry("classes", new String[] {"Kelas: pemakaian terhadap bagian kebijakan",
                    "Classes: use against their policy share"}),
            Map.entry("class", new String[] {"Kelas", "Class"}),
            Map.entry("useDown", new String[] {"Pemakaian (unduh)", "Use (download)"}),
            Map.entry("policyShare", new String[] {"Bagian kebijakan (jaminan – plafon)",
                    "Policy share (guaranteed – ceiling)"}),
            Map.entry("shareHelp", new String[] {"Batang: pemakaian sebagai bagian dari pool; garis merah: jaminan "
                    + "dan plafon kelas menurut kebijakan rezim sekarang.",
                    "Bar: use as a share of the pool; red marks: the class's guarantee and ceiling under the current "
                    + "regime's policy."}),
            Map.entry("sitesLive", new String[] {"Lokasi: alokasi terhadap pemakaian",
                    "Sites: allocation against use"}),
            Map.entry("sitesHelp", new String[] {"Batang muda: alokasi; batang tua: pemakaian; skala: plafon lokasi.",
                    "Light bar: allocation; dark bar: use; scale: the site's ceiling."}),
            Map.entry("site", new String[] {"Lokasi", "Site"}),
            Map.entry("gateway", new String[] {"Gateway", "Gateway"}),
            Map.entry("gatewayHealth", new String[] {"Kesehatan gateway", "Gateway health"}),
            Map.entry("vendor", new String[] {"Perangkat", "Vendor"}),
            Map.entry("lastSeen", new String[] {"Terakhir terlihat", "Last seen"}),
            Map.entry("chartWeek", new String[] {"Lalu lintas 7 hari (unduh, Mbps)",
                    "Traffic, last 7 days (download, Mbps)"}),
            Map.entry("chartDay", new String[] {"Lalu lintas per jam (unduh, Mbps)",
                    "Traffic by hour (download, Mbps)"}),
            Map.entry("showWeek", new String[] {"Tampilkan 7 hari", "Show 7 days"}),
            Map.entry("showDay", new String[] {"Tampilkan 24 jam", "Show 24 hours"}),
            Map.entry("start", new String[] {"Mulai", "Start"}),
            Map.entry("end", new String[] {"Selesai", "End"}),
            Map.entry("aboveScale", new String[] {"(di atas skala)", "(above the scale)"}));

    private Text() {
    }

    /**
     * One side of a bilingual label {@code "Indonesian / english (unit)"}: the Indonesian part (with the unit) for
     * {@code id}, the English part (capitalised, with the unit) for {@code en}.
     */
    public static String split(String lang, String both) {
        int slash = both.indexOf(" / ");
        if (slash < 0) {
            return both;
        }
        var id = both.substring(0, slash);
        var rest = both.substring(slash + 3);
        var unit = "";
        int paren = rest.indexOf(" (");
        if (paren >= 0) {
            unit = rest.substring(paren);
            rest = rest.substring(0, paren);
        }
        if (!"en".equals(lang)) {
            return id + unit;
        }
        return (rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1)) + unit;
    }

    /** The word for {@code key} in {@code lang} ("id" or "en"); the key itself if unknown. */
    public static String t(String lang, String key) {
        var w = WORDS.get(key);
        return w == null ? key : w["en".equals(lang) ? 1 : 0];
    }
}
