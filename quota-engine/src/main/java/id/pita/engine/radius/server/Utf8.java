package id.pita.engine.radius.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** UTF-8 text cut to an attribute's size without splitting a character. */
final class Utf8 {
    private Utf8() {
    }

    static byte[] truncate(String text, int maxOctets) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxOctets) {
            return bytes;
        }
        int end = maxOctets;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // bytes[end] continues a character that would be cut: cut before it starts
        }
        return Arrays.copyOf(bytes, end);
    }
}
