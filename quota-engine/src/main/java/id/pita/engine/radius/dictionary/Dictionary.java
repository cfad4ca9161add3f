package id.pita.engine.radius.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Attribute definitions by name and by (vendor, number), and named integer values. Immutable after
 * loading; thread-safe. Names are matched case-insensitively, as FreeRADIUS does.
 */
public final class Dictionary {
    /** The bundled dictionary resource. */
    public static final String RESOURCE = "/radius/dictionary";
    private static final Dictionary STANDARD = loadResource();

    private final Map<String, AttributeDef> byName;
    private final Map<Long, AttributeDef> byNumber;
    private final Map<String, Long> values;
    private final Map<String, String> valueNames;

    Dictionary(Map<String, AttributeDef> byName, Map<Long, AttributeDef> byNumber, Map<String, Long> values,
               Map<String, String> valueNames) {
        this.byName = Map.copyOf(byName);
        this.byNumber = Map.copyOf(byNumber);
        this.values = Map.copyOf(values);
        this.valueNames = Map.copyOf(valueNames);
    }

    /** The bundled dictionary (standard attributes, MikroTik, WISPr, ChilliSpot). */
    public static Dictionary standard() {
        return STANDARD;
    }

    /** Parses a dictionary; errors name the source and line. */
    public static Dictionary parse(Reader reader, String source) {
        try (var in = new BufferedReader(reader)) {
            return new DictionaryParser(source).parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + source, e);
        }
    }

    private static Dictionary loadResource() {
        var stream = Objects.requireNonNull(Dictionary.class.getResourceAsStream(RESOURCE), RESOURCE + " missing");
        return parse(new InputStreamReader(stream, StandardCharsets.UTF_8), RESOURCE);
    }

    public Optional<AttributeDef> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The definition of a name that must exist (a programming error otherwise). */
    public AttributeDef attribute(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no attribute '" + name + "' in dictionary"));
    }

    /** By number: vendor 0 for the standard space. */
    public Optional<AttributeDef> find(long vendorId, int type) {
        return Optional.ofNullable(byNumber.get(key(vendorId, type)));
    }

    /** The number of a named value, e.g. {@code ("Acct-Status-Type", "Stop") -> 2}. */
    public Optional<Long> value(String attributeName, String valueName) {
        return Optional.ofNullable(values.get(valueKey(attributeName, valueName)));
    }

    /** The name of a value, e.g. {@code ("Acct-Terminate-Cause", 4) -> "Idle-Timeout"}. */
    public Optional<String> valueName(String attributeName, long value) {
        return Optional.ofNullable(valueNames.get(valueKey(attributeName, Long.toString(value))));
    }

    static long key(long vendorId, int type) {
        return (vendorId << 8) | type;
    }

    static String valueKey(String attributeName, String valueOrName) {
        return attributeName.toLowerCase(Locale.ROOT) + "\u0000" + valueOrName.toLowerCase(Locale.ROOT);
    }
}
