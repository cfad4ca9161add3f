package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayYamlTest {
    private static final String SRC = "calendar/holidays-test.yaml";
    private static final String GOOD = "- {date: 2026-01-01, name: \"Tahun Baru 2026 Masehi\", kind: NATIONAL}\n";

    private static List<Holiday> read(String yaml) {
        return HolidayYaml.read(SRC, new StringReader(yaml));
    }

    private static void assertFails(String yaml, String field, String message) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
    }

    @Test
    void readsUnquotedAndQuotedDates() {
        var holidays = read(GOOD + "- {date: \"2026-03-23\", name: \"Cuti Bersama Idul Fitri 1447 H\", "
                + "kind: CUTI_BERSAMA}\n");
        assertThat(holidays).containsExactly(
                new Holiday(LocalDate.of(2026, 1, 1), "Tahun Baru 2026 Masehi", HolidayKind.NATIONAL),
                new Holiday(LocalDate.of(2026, 3, 23), "Cuti Bersama Idul Fitri 1447 H", HolidayKind.CUTI_BERSAMA));
    }

    @Test
    void emptyFileIsAnEmptyList() {
        assertThat(read("# nothing yet\n")).isEmpty();
    }

    @Test
    void badKindNamesResourceIndexAndField() {
        assertFails(GOOD + "- {date: 2026-08-17, name: \"Hari Proklamasi\", kind: NASIONAL}\n",
                SRC + "[1].kind", SRC + "[1].kind: must be NATIONAL or CUTI_BERSAMA (was 'NASIONAL')");
    }

    @Test
    void badOrMissingDateNamesTheField() {
        assertFails(GOOD + "- {date: 2026-02-30, name: \"X\", kind: NATIONAL}\n", SRC + "[1].date",
                SRC + "[1].date: must be a date YYYY-MM-DD (was '2026-02-30')");
        assertFails("- {name: \"X\", kind: NATIONAL}\n", SRC + "[0].date", SRC + "[0].date: is required");
        assertFails("- {date: 2026-08-17 10:00:00, name: \"X\", kind: NATIONAL}\n", SRC + "[0].date",
                SRC + "[0].date: must be a date YYYY-MM-DD (was '2026-08-17 10:00:00')");
    }

    @Test
    void blankNameAndUnknownFieldAreRefused() {
        assertFails("- {date: 2026-08-17, name: \" \", kind: NATIONAL}\n", SRC + "[0].name",
                SRC + "[0].name: is required");
        assertFails("- {date: 2026-08-17, name: \"X\", knd: NATIONAL}\n", SRC + "[0].knd",
                SRC + "[0].knd: is not a holiday field");
    }

    @Test
    void wrongShapesAreRefused() {
        assertFails("date: 2026-08-17\n", SRC, SRC + ": must be a list");
        assertFails("- 2026-08-17\n", SRC + "[0]", SRC + "[0]: must be a map");
        assertFails("- {date: [\n", SRC, SRC + ": is not valid YAML");
    }
}
