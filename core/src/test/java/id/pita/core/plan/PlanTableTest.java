package id.pita.core.plan;

import static id.pita.core.plan.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the table says on days that are not ordinary, in both languages, and that its columns line up. */
class PlanTableTest {
    @Test
    void independenceDayIsAfterHoursWithTheHolidayAsNote() {
        var r = run("--at", "2026-08-17T10:00");
        assertThat(r.out()).containsPattern("Rezim +Di luar jam kerja\n")
                .containsPattern("Keterangan +Hari Proklamasi Kemerdekaan RI\n")
                .containsPattern("Batas berikutnya +Selasa, 18 Agustus 2026 pukul 07\\.30 WITA");
    }

    @Test
    void speaksEnglishOnRequest() {
        var r = run("--lang", "en", "--at", "2026-11-28 09:00");
        assertThat(r.out()).contains("Allocation plan (offline dry run)")
                .containsPattern("Time +Saturday, 28 November 2026 at 09:00 WITA\n")
                .containsPattern("Regime +After hours\n")
                .containsPattern("Note +Saturday\n")
                .containsPattern("Next change +Monday, 30 November 2026 at 07:30 WITA, then Office hours "
                        + "\\(in 1 d 22 h 30 min\\)")
                .contains("Warnings: none");
    }

    @Test
    void warnsWhenTheCalendarListsNoHolidaysForTheYear() {
        assertThat(run("--at", "2027-08-17T10:00").out())
                .contains("kalender distrik tidak memuat hari libur tahun 2027");
        assertThat(run("--at", "2026-08-17T10:00").out()).contains("Peringatan: tidak ada");
    }

    @Test
    void everyTableHasAlignedColumns() {
        var lines = run("--at", "2026-11-23T10:00").out().split("\n");
        int tables = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("  ") && (i == 0 || !lines[i - 1].startsWith("  "))) {
                int end = i;
                while (end < lines.length && lines[end].startsWith("  ")) {
                    end++;
                }
                if (lines[end - 2].strip().startsWith("---")) {
                    assertAligned(List.of(lines).subList(i, end));
                    tables++;
                }
                i = end;
            }
        }
        assertThat(tables).as("class table and two site tables").isEqualTo(3);
    }

    /** Columns are right-aligned at the end, and each dash rule's gaps fall where every row has a gap. */
    private static void assertAligned(List<String> table) {
        var rule = table.stream().filter(l -> l.strip().startsWith("---")).findFirst().orElseThrow();
        assertThat(table).allSatisfy(l -> assertThat(l).hasSameSizeAs(rule));
        for (int c = 2; c < rule.length(); c++) {
            if (rule.charAt(c) == ' ') {
                int column = c;
                assertThat(table).as("gap at column %d", c)
                        .allSatisfy(l -> assertThat(l.charAt(column)).isEqualTo(' '));
            }
        }
    }

    @Test
    void closedHotspotsAreMarkedAndTheirClassGetsNothing(@TempDir Path dir) throws IOException {
        var text = PlanCommandTest.demoText("paser");
        var open = "    hotspotsOpen: true\n\ncitizenPlan:";
        assertThat(text).contains(open);
        var file = dir.resolve("paser-malam-tutup.yaml");
        Files.writeString(file, text.replace(open, open.replace("true", "false")));
        var table = run("--district", file.toString(), "--at", "2026-11-23T20:00");
        assertThat(table.out()).containsPattern("\n  Hotspot \\(ditutup\\) +60% +100% +3 +0 / 0 bps +0% / 0%\n");
        var csv = PlanCsvRows.parse(run("--district", file.toString(), "--at", "20:00", "--format", "csv").out());
        assertThat(csv.sites("hotspot")).allSatisfy(s -> assertThat(s.rateDown() + s.rateUp()).isZero());
        assertThat(csv.cls("office").rateDown()).isEqualTo(csv.pool().bps("ceiling_down_bps"));
        // In office hours the same file keeps them open.
        assertThat(run("--district", file.toString(), "--at", "2026-11-23T11:00").out()).doesNotContain("ditutup");
    }

    @Test
    void ratesAreWrittenByTheOneFormatterNeverAsRawKilobits() {
        var id = run("--at", "2026-11-23T10:00").out();
        assertThat(id).containsPattern("Pool +1 / 1 Gbps \\(turun / naik\\)")
                .doesNotContainPattern("\\d+(\\.\\d+)?k[/ ]").doesNotContainPattern("\\d+M/")
                .contains("  setda ").contains("29,7 / 30,1 Mbps");
        var en = run("--lang", "en", "--at", "2026-11-23T10:00").out();
        assertThat(en).containsPattern("Pool +1 / 1 Gbps \\(down / up\\)").contains("29.7 / 30.1 Mbps")
                .doesNotContain("29,7");
    }
}
