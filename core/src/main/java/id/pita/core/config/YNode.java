package id.pita.core.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import id.pita.core.InvalidValueException;

/**
 * A YAML node with the file it came from and its field path, so that every error can say
 * {@code file:line:column: path: reason}. Mappings are read through {@link #fields}, which rejects
 * unknown and duplicate keys: a typo in a district file must not pass silently.
 */
final class YNode {
    /** File keys that differ from the model's field names, for placing the model's errors. */
    private static final Map<String, String> ALIASES = Map.of("siteCode", "site", "dailyDataBytes", "dailyData");

    private final String file;
    private final Node node;
    private final String path;

    YNode(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    DistrictFileException error(String reason) {
        var mark = node.getStartMark();
        return new DistrictFileException(file, mark.getLine() + 1, mark.getColumn() + 1, path, reason);
    }

    /** The keys of a mapping, checked against the allowed names. */
    Map<String, YNode> fields(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("must be a mapping of " + sorted(allowed));
        }
        var out = new LinkedHashMap<String, YNode>();
        for (var tuple : mapping.getValue()) {
            var keyNode = new YNode(file, tuple.getKeyNode(), path);
            var key = keyNode.text();
            var child = new YNode(file, tuple.getValueNode(), join(path, key));
            if (!allowed.contains(key)) {
                throw new YNode(file, tuple.getKeyNode(), child.path)
                        .error("unknown key '" + key + "' (expected one of: " + sorted(allowed) + ")");
            }
            if (out.put(key, child) != null) {
                throw new YNode(file, tuple.getKeyNode(), child.path).error("duplicate key '" + key + "'");
            }
        }
        return out;
    }

    static YNode required(Map<String, YNode> fields, String key, YNode parent) {
        var v = fields.get(key);
        if (v == null) {
            throw parent.error("missing required key '" + key + "'");
        }
        return v;
    }

    List<YNode> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("must be a list");
        }
        var out = new ArrayList<YNode>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            out.add(new YNode(file, seq.getValue().get(i), path + "[" + i + "]"));
        }
        return out;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("must be a single value, not a list or mapping");
        }
        return scalar.getValue();
    }

    <T> T parse(String what, Function<String, T> parser) {
        var t = text();
        try {
            return parser.apply(t);
        } catch (IllegalArgumentException | DateTimeException e) {
            var msg = e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)
                    ? e.getMessage() : "not " + what + ": '" + t + "'";
            throw error(msg);
        }
    }

    long rate() {
        return parse("a rate", Units::rate);
    }

    long size() {
        return parse("a size", Units::size);
    }

    Duration duration() {
        return parse("a duration", Units::duration);
    }

    LocalDate date() {
        return parse("a date (write 2026-08-17)", LocalDate::parse);
    }

    LocalTime time() {
        return parse("a time (write 07:30)", LocalTime::parse);
    }

    long integer() {
        return parse("a whole number", Long::parseLong);
    }

    /** A whole number that fits an {@code int}; range rules are the model's. */
    int smallInteger() {
        return parse("a whole number", Integer::parseInt);
    }

    double decimal() {
        return parse("a number", Double::parseDouble);
    }

    boolean bool() {
        return parse("true or false", t -> switch (t) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false (was '" + t + "')");
        });
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        return parse("one of the names", t -> {
            for (var c : type.getEnumConstants()) {
                if (c.name().equals(t.toUpperCase(Locale.ROOT))) {
                    return c;
                }
            }
            var names = new ArrayList<String>();
            for (var c : type.getEnumConstants()) {
                names.add(c.name());
            }
            throw new IllegalArgumentException("must be one of " + String.join(", ", names) + " (was '" + t + "')");
        });
    }

    /** Builds a model value from this node; the model's own errors are placed on the node they name. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            var reason = e.getMessage().substring(e.field().length() + 2);
            var found = at(e.field());
            // Name the field as the file spells it when the whole path exists there, else as the model does.
            var fieldPath = found.complete ? found.node.path : join(path, e.field());
            var mark = found.node.node.getStartMark();
            throw new DistrictFileException(file, mark.getLine() + 1, mark.getColumn() + 1, fieldPath, reason);
        }
    }

    private record Found(YNode node, boolean complete) {
    }

    /** The deepest node on a model field path like {@code gateways[2].siteCode}. */
    private Found at(String fieldPath) {
        YNode current = this;
        for (var segment : fieldPath.split("\\.")) {
            var next = current.child(segment);
            if (next.isEmpty()) {
                return new Found(current, false);
            }
            current = next.get();
        }
        return new Found(current, true);
    }

    private Optional<YNode> child(String segment) {
        var name = segment.contains("[") ? segment.substring(0, segment.indexOf('[')) : segment;
        Optional<YNode> current = name.isEmpty() ? Optional.of(this) : key(name).or(() ->
                Optional.ofNullable(ALIASES.get(name)).flatMap(this::key));
        var rest = segment.substring(name.length());
        while (current.isPresent() && rest.startsWith("[")) {
            int close = rest.indexOf(']');
            int index = Integer.parseInt(rest.substring(1, close));
            var n = current.get().node;
            current = n instanceof SequenceNode seq && index < seq.getValue().size()
                    ? Optional.of(new YNode(file, seq.getValue().get(index), current.get().path + "[" + index + "]"))
                    : Optional.empty();
            rest = rest.substring(close + 1);
        }
        return current;
    }

    private Optional<YNode> key(String name) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        for (var tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
                return Optional.of(new YNode(file, tuple.getValueNode(), join(path, name)));
            }
        }
        return Optional.empty();
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", new TreeSet<>(keys));
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }
}
