package id.pita.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan command's CSV read back by a small RFC 4180 reader of its own, written apart from the printer. */
record PlanCsvRows(List<Row> rows) {
    record Row(Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }

        long bps(String column) {
            return Long.parseLong(cells.get(column));
        }

        long rateDown() {
            return bps("rate_down_bps");
        }

        long rateUp() {
            return bps("rate_up_bps");
        }

        long ceilingUp() {
            return bps("ceiling_up_bps");
        }
    }

    static PlanCsvRows parse(String text) {
        var records = records(text);
        var header = records.get(0);
        var rows = new ArrayList<Row>();
        for (var record : records.subList(1, records.size())) {
            assertThat(record).as("fields in %s", record).hasSameSizeAs(header);
            var cells = new HashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), record.get(i));
            }
            rows.add(new Row(cells));
        }
        return new PlanCsvRows(rows);
    }

    /** Fields split on commas outside quotes, {@code ""} inside quotes as one quote, records on LF. */
    private static List<List<String>> records(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(field).as("text after the last line end").isEmpty();
        return records;
    }

    List<Row> level(String level) {
        return rows.stream().filter(r -> r.get("level").equals(level)).toList();
    }

    Row pool() {
        var pools = level("pool");
        assertThat(pools).hasSize(1);
        return pools.get(0);
    }

    Row cls(String name) {
        return level("class").stream().filter(r -> r.get("class").equals(name)).findFirst().orElseThrow();
    }

    List<Row> sites(String cls) {
        return level("site").stream().filter(r -> r.get("class").equals(cls)).toList();
    }

    Row site(String code) {
        return level("site").stream().filter(r -> r.get("code").equals(code)).findFirst().orElseThrow();
    }
}
