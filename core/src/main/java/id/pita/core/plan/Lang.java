package id.pita.core.plan;

import java.util.Locale;

/** The language of the command's output: Bahasa Indonesia first, English available. */
public enum Lang {
    ID, EN;

    /** {@code id} or {@code en}, any case; null for anything else. */
    public static Lang parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "id" -> ID;
            case "en" -> EN;
            default -> null;
        };
    }

    public String pick(String indonesian, String english) {
        return this == ID ? indonesian : english;
    }
}
