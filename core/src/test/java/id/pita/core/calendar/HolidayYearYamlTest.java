package id.pita.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Year files: what they hold, and that a wrong one names its field. */
class HolidayYearYamlTest {
    static HolidayYear read(String yaml) {
        return HolidayYaml.readYear("y.yaml", new StringReader(yaml));
    }

    @Test
    void readsAYearWithRamadanAndProvisionalDates() {
        var y = read("""
                year: 2027
                confirmed: false
                source: test
                ramadan: [{first: 2027-02-08, last: 2027-03-08, provisional: true}]
                holidays:
                  - {date: 2027-01-01, name: "Tahun Baru 2027 Masehi", kind: NATIONAL}
                  - {date: 2027-03-09, name: "Idul Fitri 1448 H", kind: NATIONAL, provisional: true}
                """);
        assertThat(y.year()).isEqualTo(2027);
        assertThat(y.provisionalCount()).isEqualTo(2);
        assertThat(y.holidays().get(1).provisional()).isTrue();
        assertThat(y.ramadan().get(0).first()).isEqualTo(LocalDate.of(2027, 2, 8));
    }

    @Test
    void aConfirmedYearCannotHoldAnEstimate() {
        assertThatThrownBy(() -> read("""
                year: 2027
                confirmed: true
                source: SKB
                holidays:
                  - {date: 2027-03-09, name: "Idul Fitri 1448 H", kind: NATIONAL, provisional: true}
                """)).isInstanceOf(InvalidValueException.class)
                .hasMessage("y.yaml.holidays[0].provisional: a confirmed year cannot hold a provisional date");
    }

    @Test
    void aDateOutsideTheYearIsNamed() {
        assertThatThrownBy(() -> read("year: 2027\nconfirmed: false\nsource: x\nholidays:\n"
                + "  - {date: 2028-01-01, name: N, kind: NATIONAL}\n"))
                .hasMessage("y.yaml.holidays[0].date: must be in 2027 (was 2028-01-01)");
    }

    @Test
    void missingFieldsAndUnknownKeysAreNamed() {
        assertThatThrownBy(() -> read("year: 2027\nsource: x\n")).hasMessage("y.yaml.confirmed: is required (true or false)");
        assertThatThrownBy(() -> read("year: 2027\nconfirmed: true\n"))
                .hasMessageStartingWith("y.yaml.source: is required");
        assertThatThrownBy(() -> read("year: 2027\nconfirmed: true\nsource: x\nwhen: now\n"))
                .hasMessageStartingWith("y.yaml.when: is not a year field");
        assertThatThrownBy(() -> read("- {date: 2027-01-01, name: N, kind: NATIONAL}\n"))
                .hasMessageStartingWith("y.yaml: must be a map");
        assertThatThrownBy(() -> read("year: 2027\nconfirmed: false\nsource: x\nholidays:\n"
                + "  - {date: 2027-02-30, name: N, kind: NATIONAL}\n"))
                .hasMessage("y.yaml.holidays[0].date: must be a date YYYY-MM-DD (was '2027-02-30')");
    }
}
