package id.pita.portal.web;

/**
 * Whether a request's query decodes, without decoding it: Netty's {@code QueryStringDecoder} (behind Vert.x's
 * {@code params()}) refuses exactly a {@code %} not followed by two hex digits within the query, which is the part
 * after the first {@code ?} (when no {@code #} comes before it) up to the first {@code #}. Pure; thread-safe.
 */
public final class Queries {
    private Queries() {
    }

    /** Null when the query of {@code uri} decodes, else why not. */
    public static String malformation(String uri) {
        int start = -1;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '?') {
                start = i + 1;
                break;
            }
            if (c == '#') {
                return null;
            }
        }
        if (start < 0) {
            return null;
        }
        int end = uri.indexOf('#', start);
        end = end < 0 ? uri.length() : end;
        for (int i = uri.indexOf('%', start); i >= 0 && i < end; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= end) {
                return "unterminated escape sequence at index " + i + " of: " + uri;
            }
            if (!hex(uri.charAt(i + 1)) || !hex(uri.charAt(i + 2))) {
                return "invalid hex byte '" + uri.substring(i + 1, i + 3) + "' at index " + i + " of: " + uri;
            }
        }
        return null;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
