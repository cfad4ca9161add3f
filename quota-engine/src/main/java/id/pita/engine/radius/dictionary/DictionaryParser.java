package id.pita.engine.radius.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the FreeRADIUS-like dictionary text; one instance per parse. */
final class DictionaryParser {
    private final String source;
    private final Map<String, AttributeDef> byName = new HashMap<>();
    private final Map<Long, AttributeDef> byNumber = new HashMap<>();
    private final Map<String, Long> values = new HashMap<>();
    private final Map<String, String> valueNames = new HashMap<>();
    private final Map<String, Long> vendors = new HashMap<>();
    private long currentVendor;
    private int lineNumber;

    DictionaryParser(String source) {
        this.source = source;
    }

    Dictionary parse(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            int hash = line.indexOf('#');
            var text = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!text.isEmpty()) {
                try {
                    parseLine(text.split("\\s+"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return new Dictionary(byName, byNumber, values, valueNames);
    }

    private void parseLine(String[] f) {
        switch (f[0]) {
            case "ATTRIBUTE" -> attribute(f);
            case "VALUE" -> value(f);
            case "VENDOR" -> {
                expect(f, 3);
                vendors.put(f[1].toLowerCase(Locale.ROOT), parseNumber(f[2]));
            }
            case "BEGIN-VENDOR" -> {
                expect(f, 2);
                var id = vendors.get(f[1].toLowerCase(Locale.ROOT));
                if (id == null) {
                    throw new IllegalArgumentException("BEGIN-VENDOR of undeclared vendor " + f[1]);
                }
                currentVendor = id;
            }
            case "END-VENDOR" -> currentVendor = 0;
            default -> throw new IllegalArgumentException("unknown keyword " + f[0]);
        }
    }

    private void attribute(String[] f) {
        expect(f, 4);
        var def = new AttributeDef(f[1], currentVendor, (int) parseNumber(f[2]), DataType.parse(f[3]));
        if (byName.putIfAbsent(f[1].toLowerCase(Locale.ROOT), def) != null) {
            throw new IllegalArgumentException("attribute " + f[1] + " defined twice");
        }
        byNumber.putIfAbsent(Dictionary.key(def.vendorId(), def.type()), def);
    }

    private void value(String[] f) {
        expect(f, 4);
        long number = parseNumber(f[3]);
        values.put(Dictionary.valueKey(f[1], f[2]), number);
        valueNames.putIfAbsent(Dictionary.valueKey(f[1], Long.toString(number)), f[2]);
    }

    private static void expect(String[] f, int n) {
        if (f.length != n) {
            throw new IllegalArgumentException(f[0] + " takes " + (n - 1) + " fields, found " + (f.length - 1));
        }
    }

    private static long parseNumber(String text) {
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }
}
