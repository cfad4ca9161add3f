package id.pita.core.session;

import id.pita.core.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A MAC address in one canonical form, {@code AA:BB:CC:DD:EE:FF}, whatever the gateway wrote
 * (MikroTik {@code AA:BB:..}, CoovaChilli {@code AA-BB-..}, lower case, or bare hex).
 */
public record MacAddress(String value) {
    private static final Pattern HEX12 = Pattern.compile("[0-9A-F]{12}");
    private static final Pattern CANONICAL = Pattern.compile("([0-9A-F]{2}:){5}[0-9A-F]{2}");
    private static final Pattern SEPARATORS = Pattern.compile("[:\\-.]");

    public MacAddress {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException("mac", "must be six hex octets (was '" + value + "')");
        }
    }

    public static MacAddress parse(String text) {
        if (text == null) {
            throw new InvalidValueException("mac", "is required");
        }
        var hex = SEPARATORS.matcher(text.trim().toUpperCase(Locale.ROOT)).replaceAll("");
        if (!HEX12.matcher(hex).matches()) {
            throw new InvalidValueException("mac", "must be six hex octets (was '" + text + "')");
        }
        var sb = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(hex, i, i + 2);
        }
        return new MacAddress(sb.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
