package id.pita.core.setup;

/** RouterOS script quoting: a double-quoted string with {@code \ " $ ?} escaped, so a paste cannot run anything. */
final class RouterOs {
    private RouterOs() {
    }

    static String quote(String value) {
        var sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"' || c == '$' || c == '?') {
                sb.append('\\');
            } else if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("control character in a RouterOS value");
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
