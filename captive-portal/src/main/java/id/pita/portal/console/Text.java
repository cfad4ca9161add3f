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
            Map.entry("boosts", new String[] {"Tambahan bandwidth", "Boosts"}),
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
            Map.entry("secretOnce", new String[] {"Rahasia ini hanya ditampilkan sekali. Catat sekarang.",
                    "This secret is shown only once. Write it down now."}),
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
            Map.entry("area", new String[] {"Wilayah", "Area"}));

    private Text() {
    }

    /** The word for {@code key} in {@code lang} ("id" or "en"); the key itself if unknown. */
    public static String t(String lang, String key) {
        var w = WORDS.get(key);
        return w == null ? key : w["en".equals(lang) ? 1 : 0];
    }
}
