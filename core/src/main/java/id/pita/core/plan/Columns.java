package id.pita.core.plan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, two spaces apart, numbers right-aligned. */
final class Columns {
    private static final String GAP = "  ";
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** One flag per column: true to align it right. */
    Columns(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    Columns row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + rightAligned.length + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** A line of dashes under every column. */
    Columns rule() {
        rows.add(null);
        return this;
    }

    void print(PrintStream out, String indent) {
        int[] widths = new int[rightAligned.length];
        for (var row : rows) {
            for (int c = 0; row != null && c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (var row : rows) {
            var line = new StringBuilder(indent);
            for (int c = 0; c < widths.length; c++) {
                var cell = row == null ? "-".repeat(widths[c]) : row[c];
                var pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : GAP).append(rightAligned[c] ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
