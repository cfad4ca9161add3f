package id.pita.core.plan;

import static id.pita.core.plan.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value the planner cannot use gets exit code 2 and one clear line in the chosen language. (Unknown options,
 * {@code --help} and {@code --lang}/{@code --format} values are the CLI's: {@code PitaCliTest} in the portal.)
 */
class PlanCommandUsageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--at 25:00|pita plan: --at '25:00' bukan waktu; tulis 2026-11-23T10:00",
        "--at 2026-02-30T10:00|pita plan: --at '2026-02-30T10:00' bukan waktu",
        "--at 25:00 --lang en|pita plan: --at '25:00' is not a time",
        "--district bontang|pita plan: tidak ada distrik demo atau berkas 'bontang' (demo: paser, kotawaringin-timur)",
    })
    void wrongValuesReturnTwoWithAMessage(String args, String message) {
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
}
