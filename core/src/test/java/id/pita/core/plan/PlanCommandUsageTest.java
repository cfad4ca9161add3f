package id.pita.core.plan;

import static id.pita.core.plan.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong command line gets exit code 2 and one clear line in the chosen language; --help gets the usage. */
class PlanCommandUsageTest {
    @Test
    void helpPrintsUsageInEitherLanguage() {
        var id = run("--help");
        assertThat(id.code()).isZero();
        assertThat(id.out()).startsWith("Pemakaian: pita plan").contains("--district", "--at", "--lang", "--format");
        assertThat(run("--lang=en", "-h").out()).startsWith("Usage: pita plan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--bogus|pita plan: opsi tidak dikenal: --bogus",
        "--at|pita plan: --at perlu nilai",
        "--at 25:00|pita plan: --at '25:00' bukan waktu; tulis 2026-11-23T10:00",
        "--at 2026-02-30T10:00|pita plan: --at '2026-02-30T10:00' bukan waktu",
        "--lang fr|pita plan: --lang harus id atau en (bukan 'fr')",
        "--format xml --lang en|pita plan: --format must be table or csv (not 'xml')",
        "--district bontang|pita plan: tidak ada distrik demo atau berkas 'bontang' (demo: paser, kotawaringin-timur)",
    })
    void wrongCommandLineReturnsTwoWithAMessage(String args, String message) {
        var r = run(args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(message);
    }

    @Test
    void missingDistrictFileIsReportedWithItsName() {
        var r = run("--district", "/nonexistent/bontang.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("bontang.yaml:1:1: cannot read:");
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignToo() {
        var r = run("--district=kotawaringin-timur", "--at=2026-11-23T10:00", "--format=csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("at,regime,level,").contains("2026-11-23T10:00:00+07:00,OFFICE_HOURS,pool,");
    }
}
