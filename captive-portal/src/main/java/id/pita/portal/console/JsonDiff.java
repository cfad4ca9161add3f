package id.pita.portal.console;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed between two JSON documents, as two flat objects of the changed leaves keyed by path
 * ({@code sites[bappeda].ceiling.down}; array elements with a {@code code} or {@code id} are keyed by it, others
 * by index). A leaf that is absent on one side is absent from that side's object. The audit log stores these
 * instead of whole districts.
 */
public final class JsonDiff {
    private JsonDiff() {
    }

    public record Diff(JsonObject before, JsonObject after) {
        public boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    public static Diff of(JsonObject before, JsonObject after) {
        var b = new TreeMap<String, Object>();
        var a = new TreeMap<String, Object>();
        flatten("", before, b);
        flatten("", after, a);
        var keys = new LinkedHashSet<String>(b.keySet());
        keys.addAll(a.keySet());
        var db = new JsonObject();
        var da = new JsonObject();
        for (var k : keys) {
            var x = b.get(k);
            var y = a.get(k);
            if (x == null ? y != null : !x.equals(y)) {
                if (b.containsKey(k)) {
                    db.put(k, x);
                }
                if (a.containsKey(k)) {
                    da.put(k, y);
                }
            }
        }
        return new Diff(db, da);
    }

    private static void flatten(String path, Object value, Map<String, Object> out) {
        if (value instanceof JsonObject o) {
            if (o.isEmpty()) {
                out.put(path, "{}");
            }
            for (var e : o) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (value instanceof JsonArray arr) {
            if (arr.isEmpty()) {
                out.put(path, "[]");
            }
            for (int i = 0; i < arr.size(); i++) {
                var item = arr.getValue(i);
                String key = String.valueOf(i);
                if (item instanceof JsonObject o && (o.getValue("code") != null || o.getValue("id") != null)) {
                    key = String.valueOf(o.getValue("code") != null ? o.getValue("code") : o.getValue("id"));
                }
                flatten(path + "[" + key + "]", item, out);
            }
        } else {
            out.put(path, value);
        }
    }
}
