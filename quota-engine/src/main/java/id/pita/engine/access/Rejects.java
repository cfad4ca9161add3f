package id.pita.engine.access;

import id.pita.engine.access.AccessDecision.Reject;

/**
 * Every reason an Access-Request is refused: a stable code for metrics and logs, a Reply-Message in
 * Bahasa Indonesia a person can act on [RFC 2865 §5.18], and the same in English.
 */
public final class Rejects {
    public static final String OFFICE_WRONG_GATEWAY = "office-wrong-gateway";
    public static final String NOT_AN_OFFICE = "site-not-an-office";
    public static final String UNKNOWN_CREDENTIAL = "unknown-credential";
    public static final String CREDENTIAL_WRONG_GATEWAY = "credential-wrong-gateway";
    public static final String MAC_MISMATCH = "mac-mismatch";
    public static final String BAD_PASSWORD = "bad-password";
    public static final String CREDENTIAL_USED = "credential-used";
    public static final String UNKNOWN_SITE = "unknown-site";
    public static final String HOTSPOT_CLOSED = "hotspot-closed";
    public static final String QUOTA_EXHAUSTED = "quota-exhausted";
    public static final String NO_CREDENTIALS = "no-credentials";
    public static final String OFFICE_BAD_PASSWORD = "office-bad-password";
    public static final String OFFICE_NO_PASSWORD = "office-no-password";

    private static final String LOGIN_AGAIN_ID = " Silakan buka halaman WiFi dan masuk lagi.";
    private static final String LOGIN_AGAIN_EN = " Please open the Wi-Fi page and log in again.";

    private Rejects() {
    }

    static Reject officeWrongGateway() {
        return new Reject(OFFICE_WRONG_GATEWAY, "Akun kantor ini tidak terdaftar di perangkat ini.",
                "This office account is not registered on this gateway.");
    }

    /**
     * An Access-Request with none of User-Password, CHAP-Password or State, or with both passwords
     * [RFC 2865 §4.1].
     */
    public static Reject noCredentials() {
        return new Reject(NO_CREDENTIALS, "Permintaan masuk tanpa kata sandi ditolak.",
                "A login request without a password is refused.");
    }

    static Reject officeBadPassword() {
        return new Reject(OFFICE_BAD_PASSWORD, "Kata sandi tautan kantor salah. Periksa pengaturan RADIUS router.",
                "Wrong office link password. Check the router's RADIUS settings.");
    }

    static Reject officeNoPassword() {
        return new Reject(OFFICE_NO_PASSWORD, "Kata sandi tautan kantor belum diatur. Atur di konsol Pita.",
                "No office link password is set. Set one in the Pita console.");
    }

    static Reject notAnOffice() {
        return new Reject(NOT_AN_OFFICE, "Akun ini bukan akun kantor.", "This account is not an office link.");
    }

    static Reject unknownCredential() {
        return new Reject(UNKNOWN_CREDENTIAL, "Kode masuk tidak berlaku atau sudah dipakai." + LOGIN_AGAIN_ID,
                "The login code is invalid, expired or already used." + LOGIN_AGAIN_EN);
    }

    static Reject credentialWrongGateway() {
        return new Reject(CREDENTIAL_WRONG_GATEWAY, "Kode masuk ini untuk hotspot lain." + LOGIN_AGAIN_ID,
                "This login code belongs to another hotspot." + LOGIN_AGAIN_EN);
    }

    static Reject macMismatch() {
        return new Reject(MAC_MISMATCH, "Kode masuk ini untuk perangkat lain." + LOGIN_AGAIN_ID,
                "This login code belongs to another device." + LOGIN_AGAIN_EN);
    }

    static Reject badPassword() {
        return new Reject(BAD_PASSWORD, "Kata sandi salah." + LOGIN_AGAIN_ID, "Wrong password." + LOGIN_AGAIN_EN);
    }

    static Reject credentialUsed() {
        return new Reject(CREDENTIAL_USED, "Kode masuk sudah dipakai." + LOGIN_AGAIN_ID,
                "The login code was already used." + LOGIN_AGAIN_EN);
    }

    static Reject unknownSite() {
        return new Reject(UNKNOWN_SITE, "Hotspot ini belum terdaftar.", "This hotspot is not registered.");
    }

    /** @param opensAt e.g. "16.00 WITA"; empty when the calendar names no opening time */
    static Reject hotspotClosed(String opensAt) {
        if (opensAt.isEmpty()) {
            return new Reject(HOTSPOT_CLOSED, "WiFi publik sedang tutup.", "Public Wi-Fi is closed now.");
        }
        return new Reject(HOTSPOT_CLOSED, "WiFi publik buka pukul " + opensAt,
                "Public Wi-Fi opens at " + opensAt.replace("besok ", "tomorrow "));
    }

    static Reject quotaExhausted() {
        return new Reject(QUOTA_EXHAUSTED, "Kuota harian Anda sudah habis. Silakan coba lagi besok.",
                "Your daily quota is used up. Please try again tomorrow.");
    }
}
