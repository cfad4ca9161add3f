package id.pita.portal.citizen;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * openNDS forward authentication (GATEWAYS.md). Level 1 sends {@code fas=} base64 of a comma-and-space list
 * {@code hid=…, clientip=…, …}; the portal proves itself with {@code rhid = sha256hex(hid + faskey)}.
 */
public final class OpenNdsFas {
    private OpenNdsFas() {
    }

    /**
     * Decodes the {@code fas} query value into its fields, in order. Values keep '=' after the first one;
     * a piece without '=' is ignored, as openNDS's own PHP FAS does.
     *
     * @throws IllegalArgumentException when the value is not base64
     */
    public static Map<String, String> parseFas(String fas) {
        var decoded = new String(Base64.getMimeDecoder().decode(fas.trim()), StandardCharsets.UTF_8);
        var fields = new LinkedHashMap<String, String>();
        for (var piece : decoded.split(", ")) {
            int eq = piece.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(piece.substring(0, eq).trim(), piece.substring(eq + 1).trim());
            }
        }
        return fields;
    }

    /** {@code sha256hex(hid || faskey)}, lower-case hex of the string concatenation. */
    public static String rhid(String hid, String faskey) {
        return Digests.sha256Hex(hid + faskey);
    }

    /**
     * One authmon admission line, {@code rhid sessionminutes uploadkbps downloadkbps uploadquotakB
     * downloadquotakB custom}; 0 means no limit to openNDS.
     */
    public static String admissionLine(String rhid, Admission a, String custom) {
        return rhid + " " + a.sessionMinutes() + " " + a.uploadKbps() + " " + a.downloadKbps() + " "
                + a.uploadQuotaKb() + " " + a.downloadQuotaKb() + " " + (custom == null || custom.isBlank() ? "none" : custom);
    }

    /** PHP's {@code rawurlencode}: everything but {@code A-Za-z0-9-_.~} as upper-case {@code %XX} of UTF-8. */
    public static String rawUrlEncode(String text) {
        var sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
