package id.pita.portal.web;

import id.pita.portal.i18n.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** HTML building without a template engine: escape every value, wrap a body in the one page layout. */
public final class Html {
    /** The portal style sheet, inlined into every page: no second request on a weak link. */
    public static final String CSS = resource("/portal/portal.css");

    private Html() {
    }

    /** Escapes text for an element body or a double- or single-quoted attribute value. Null is empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        // Most text has nothing to escape: return it as is, and copy runs rather than characters.
        int first = firstSpecial(text, 0);
        if (first < 0) {
            return text;
        }
        var sb = new StringBuilder(text.length() + 16);
        int from = 0;
        for (int i = first; i >= 0; i = firstSpecial(text, i + 1)) {
            sb.append(text, from, i).append(entity(text.charAt(i)));
            from = i + 1;
        }
        return sb.append(text, from, text.length()).toString();
    }

    private static int firstSpecial(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }

    private static String entity(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> "&#39;";
        };
    }

    /** A whole page: {@code title} is text (escaped here), {@code body} is already-built HTML. */
    public static String page(Lang lang, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + CSS + "</style></head><body><main>"
                + body + "</main></body></html>";
    }

    /** A hidden form field with name and value escaped. */
    public static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    /** Reads a UTF-8 resource from the jar; missing is a packaging error. */
    public static String resource(String path) {
        try (var in = Html.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
