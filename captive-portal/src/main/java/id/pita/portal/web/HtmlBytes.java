package id.pita.portal.web;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * An HTML answer built straight into the one {@link Buffer} that is written: fixed parts appended as bytes encoded
 * once, text escaped as it is copied in (the same escapes as {@link Html#escape}). Not thread-safe; one per answer.
 */
public final class HtmlBytes {
    private final Buffer buffer;

    public HtmlBytes(int capacity) {
        this.buffer = Buffer.buffer(capacity);
    }

    /** UTF-8 bytes of {@code html}, for fixed parts kept and appended with {@link #raw}. */
    public static byte[] utf8(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** Appends already-built HTML. */
    public HtmlBytes raw(byte[] html) {
        buffer.appendBytes(html);
        return this;
    }

    /** Appends text escaped for an element body or a quoted attribute value; null is empty. */
    public HtmlBytes text(String text) {
        if (text != null) {
            appendEscaped(buffer, text.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The escaped UTF-8 bytes of {@code text}: a fixed text kept as bytes. */
    public static byte[] escaped(String text) {
        var b = Buffer.buffer(text.length() + 16);
        appendEscaped(b, text.getBytes(StandardCharsets.UTF_8));
        return b.getBytes();
    }

    /** The HTML built so far. */
    public Buffer buffer() {
        return buffer;
    }

    private static final byte[] LT = utf8("&lt;");
    private static final byte[] GT = utf8("&gt;");
    private static final byte[] AMP = utf8("&amp;");
    private static final byte[] QUOT = utf8("&quot;");
    private static final byte[] APOS = utf8("&#39;");

    /** Escapes on the UTF-8 bytes: the five specials are ASCII, and no byte of a multi-byte sequence is. */
    private static void appendEscaped(Buffer b, byte[] utf8) {
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte[] entity = switch (utf8[i]) {
                case '<' -> LT;
                case '>' -> GT;
                case '&' -> AMP;
                case '"' -> QUOT;
                case '\'' -> APOS;
                default -> null;
            };
            if (entity != null) {
                b.appendBytes(utf8, from, i - from).appendBytes(entity);
                from = i + 1;
            }
        }
        if (from == 0) {
            b.appendBytes(utf8);
        } else {
            b.appendBytes(utf8, from, utf8.length - from);
        }
    }
}
