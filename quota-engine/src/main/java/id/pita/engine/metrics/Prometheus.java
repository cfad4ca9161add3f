package id.pita.engine.metrics;

import java.math.BigDecimal;
import java.util.List;

/** Prometheus text exposition format details (version 0.0.4). */
final class Prometheus {
    private Prometheus() {
    }

    static String labels(List<String> names, List<String> values) {
        if (names.isEmpty()) {
            return "";
        }
        var sb = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(names.get(i)).append("=\"").append(escape(values.get(i))).append('"');
        }
        return sb.append('}').toString();
    }

    /** Label values escape backslash, double quote and line feed. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
