package id.pita.core.plan;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.ClassShare;
import java.io.PrintStream;
import java.time.Duration;

/** The plan for people: header, the two classes, the sites of each class, then warnings. */
final class PlanTable {
    private static final int NAME_WIDTH = 40;
    private static final String INDENT = "  ";

    private final DryRun run;
    private final Lang lang;
    private final PrintStream out;

    private PlanTable(DryRun run, Lang lang, PrintStream out) {
        this.run = run;
        this.lang = lang;
        this.out = out;
    }

    static void print(DryRun run, Lang lang, PrintStream out) {
        var table = new PlanTable(run, lang, out);
        table.header();
        table.classes();
        table.sites(false);
        table.sites(true);
        table.warnings();
    }

    private void header() {
        var d = run.district();
        out.println(lang.pick("Rencana alokasi (uji coba offline): ", "Allocation plan (offline dry run): ")
                + d.name() + " (" + d.code() + ")");
        var state = run.state();
        var next = state.nextBoundary().map(b -> LocalTimes.format(b.atZone(d.zone()), lang) + ", "
                + lang.pick("lalu ", "then ") + Labels.other(state.regime(), lang) + " ("
                + lang.pick("dalam ", "in ") + LocalTimes.duration(Duration.between(run.at().toInstant(), b), lang)
                + ")").orElse(lang.pick("tidak ada dalam 400 hari", "none within 400 days"));
        new Columns(false, false)
                .row(lang.pick("Waktu", "Time"), LocalTimes.format(run.at(), lang))
                .row(lang.pick("Rezim", "Regime"), Labels.regime(state.regime(), lang))
                .row(lang.pick("Keterangan", "Note"), Labels.note(state.note(), lang))
                .row(lang.pick("Batas berikutnya", "Next change"), next)
                .row("Pool", Labels.rate(d.pool().capacity(), lang) + lang.pick(" (turun / naik)", " (down / up)"))
                .row(lang.pick("Asumsi", "Assumed"), lang.pick(
                        "tiap lokasi meminta plafonnya; tanpa sesi hotspot; boost tidak diketahui offline",
                        "every site asks for its ceiling; no hotspot sessions; boosts are not known offline"))
                .print(out, INDENT);
    }

    private void classes() {
        out.println();
        out.println(lang.pick("Kelas (bagian pool; turun/naik)", "Classes (share of the pool; down/up)"));
        var policy = run.input().policy();
        var given = run.allocation();
        var pool = run.input().pool();
        var columns = new Columns(false, true, true, true, true, true).row(lang.pick("Kelas", "Class"),
                lang.pick("Jaminan", "Guaranteed"), lang.pick("Plafon", "Ceiling"), lang.pick("Bobot", "Weight"),
                lang.pick("Diberikan", "Given"), lang.pick("% pool", "% of pool"));
        classRow(columns, Labels.className(false, lang), policy.office(), given.officeClass(), pool);
        var hotspot = Labels.className(true, lang)
                + (policy.hotspotsOpen() ? "" : lang.pick(" (ditutup)", " (closed)"));
        classRow(columns, hotspot, policy.hotspot(), given.hotspotClass(), pool);
        columns.rule();
        var total = given.officeClass().plus(given.hotspotClass());
        columns.row(lang.pick("Jumlah", "Total"), "", "", "", Labels.rate(total, lang),
                Labels.percentOf(total, pool, lang));
        columns.print(out, INDENT);
    }

    private void classRow(Columns columns, String name, ClassShare share, Bandwidth given, Bandwidth pool) {
        columns.row(name, Labels.percent(share.guaranteed(), lang), Labels.percent(share.ceiling(), lang),
                Integer.toString(share.weight()), Labels.rate(given, lang), Labels.percentOf(given, pool, lang));
    }

    private void sites(boolean hotspots) {
        var sites = run.sites(hotspots);
        out.println();
        out.println(Labels.className(hotspots, lang) + ": " + sites.size() + lang.pick(" lokasi", " sites")
                + lang.pick(" (turun / naik)", " (down / up)"));
        var columns = new Columns(false, false, false, true, true, true, true).row(lang.pick("Kode", "Code"),
                lang.pick("Nama", "Name"), lang.pick("Jenis", "Kind"), lang.pick("Jaminan", "Guarantee"),
                lang.pick("Plafon", "Ceiling"), lang.pick("Permintaan (asumsi)", "Demand (assumed)"),
                lang.pick("Diberikan", "Given"));
        var sums = new Bandwidth[] {Bandwidth.ZERO, Bandwidth.ZERO, Bandwidth.ZERO, Bandwidth.ZERO};
        for (int i = 0; i < sites.size(); i++) {
            var site = sites.get(i).site();
            var row = new Bandwidth[] {site.guarantee(), site.ceiling(), sites.get(i).demand(),
                    run.allocation().sites().getOrDefault(site.code(), Bandwidth.ZERO)};
            for (int c = 0; c < row.length; c++) {
                sums[c] = sums[c].plus(row[c]);
            }
            columns.row(site.code(), Labels.shorten(site.name(), NAME_WIDTH), Labels.kind(site, lang),
                    Labels.rate(row[0], lang), Labels.rate(row[1], lang), Labels.rate(row[2], lang),
                    Labels.rate(row[3], lang));
        }
        columns.rule().row(lang.pick("Jumlah", "Total"), "", "", Labels.rate(sums[0], lang),
                Labels.rate(sums[1], lang), Labels.rate(sums[2], lang), Labels.rate(sums[3], lang));
        columns.print(out, INDENT);
    }

    private void warnings() {
        var warnings = Warnings.of(run, lang);
        out.println();
        var none = warnings.isEmpty() ? lang.pick(": tidak ada", ": none") : "";
        out.println(lang.pick("Peringatan", "Warnings") + none);
        warnings.forEach(w -> out.println(INDENT + "- " + w));
    }
}
