package id.pita.portal.i18n;

import java.util.Locale;

/** The two languages Pita speaks to citizens. Bahasa Indonesia first, English on request. */
public enum Lang {
    ID("id"), EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as used in {@code ?lang=}, the cookie and {@code <html lang>}. */
    public String code() {
        return code;
    }

    /** {@code en} (any case, any region) is English; anything else, including nothing, is Bahasa Indonesia. */
    public static Lang ofCode(String code) {
        return code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }

    /**
     * The language to answer in: an explicit choice (query or form) wins, then the remembered cookie, then the
     * browser's first Accept-Language preference; Bahasa Indonesia when none says English.
     */
    public static Lang resolve(String explicit, String cookie, String acceptLanguage) {
        if (explicit != null && !explicit.isBlank()) {
            return ofCode(explicit);
        }
        if (cookie != null && !cookie.isBlank()) {
            return ofCode(cookie);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            return ofCode(acceptLanguage.split(",", 2)[0]);
        }
        return ID;
    }
}
