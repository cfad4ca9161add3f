package id.pita.core.plan;

import id.pita.core.district.Bandwidth;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan for spreadsheets (RFC 4180 quoting, LF line ends), rates in bit/s. One row for the pool, one per
 * class, one per site, one per warning; each row repeats the moment and regime so rows can be filtered
 * freely. A class's guarantee and ceiling are its shares of the pool, rounded down as the allocator does.
 */
final class PlanCsv {
    static final List<String> HEADER = List.of("at", "regime", "level", "class", "code", "name", "kind",
            "always_on", "guarantee_down_bps", "guarantee_up_bps", "ceiling_down_bps", "ceiling_up_bps",
            "demand_down_bps", "demand_up_bps", "rate_down_bps", "rate_up_bps");

    private final DryRun run;
    private final PrintStream out;
    private final String at;

    private PlanCsv(DryRun run, PrintStream out) {
        this.run = run;
        this.out = out;
        this.at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(run.at());
    }

    static void print(DryRun run, Lang lang, PrintStream out) {
        var csv = new PlanCsv(run, out);
        csv.line(HEADER);
        var d = run.district();
        var given = run.allocation();
        csv.row("pool", "", d.code(), d.name(), "", "", null, d.pool().capacity(), null,
                given.officeClass().plus(given.hotspotClass()));
        csv.classRow(false, lang);
        csv.classRow(true, lang);
        for (boolean hotspots : new boolean[] {false, true}) {
            for (var s : run.sites(hotspots)) {
                var site = s.site();
                csv.row("site", className(hotspots), site.code(), site.name(), site.kind().name(),
                        Boolean.toString(site.alwaysOn()), site.guarantee(), site.ceiling(), s.demand(),
                        given.sites().getOrDefault(site.code(), Bandwidth.ZERO));
            }
        }
        Warnings.of(run, lang).forEach(w -> csv.row("warning", "", "", w, "", "", null, null, null, null));
    }

    private void classRow(boolean hotspots, Lang lang) {
        var policy = run.input().policy();
        var share = hotspots ? policy.hotspot() : policy.office();
        var given = hotspots ? run.allocation().hotspotClass() : run.allocation().officeClass();
        var demand = run.sites(hotspots).stream().map(s -> s.demand()).reduce(Bandwidth.ZERO, Bandwidth::plus);
        row("class", className(hotspots), className(hotspots), Labels.className(hotspots, lang), "", "",
                of(share.guaranteed()), of(share.ceiling()), demand, given);
    }

    private Bandwidth of(double fraction) {
        var pool = run.input().pool();
        return new Bandwidth((long) Math.floor(fraction * pool.down()), (long) Math.floor(fraction * pool.up()));
    }

    private static String className(boolean hotspots) {
        return hotspots ? "hotspot" : "office";
    }

    private void row(String level, String cls, String code, String name, String kind, String alwaysOn,
                     Bandwidth guarantee, Bandwidth ceiling, Bandwidth demand, Bandwidth rate) {
        var cells = new ArrayList<>(List.of(at, run.state().regime().name(), level, cls, code, name, kind, alwaysOn));
        for (var b : new Bandwidth[] {guarantee, ceiling, demand, rate}) {
            cells.add(b == null ? "" : Long.toString(b.down()));
            cells.add(b == null ? "" : Long.toString(b.up()));
        }
        line(cells);
    }

    private void line(List<String> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
        }
        out.print(line.append('\n'));
    }

    /** RFC 4180 §2: a field with a comma, quote or line break is quoted, and its quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
