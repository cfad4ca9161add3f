package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Holiday;
import id.pita.core.calendar.HolidayEstimates;
import id.pita.core.calendar.HolidayKind;
import id.pita.core.calendar.HolidayYear;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** National holiday years in a real SQLite file: seeding, replacing, and what survives a reopen. */
class HolidayRepositoryTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void migrationV045IsRecorded() {
        assertThat(store.appliedVersions()).contains(45);
    }

    @Test
    void seedingAddsTheShippedYearsOnceAndTheyReadBackEqual() {
        var shipped = IndonesianCalendars.shipped();
        assertThat(store.holidays().seed(shipped)).contains(2026, 2027);
        assertThat(store.holidays().seed(shipped)).isEmpty();
        assertThat(store.holidays().national().years()).isEqualTo(shipped.years());
        assertThat(store.holidays().importedBy(2027)).contains(HolidayRepository.SHIPPED);
    }

    @Test
    void anImportReplacesTheWholeYearAndSeedingNeverUndoesIt() {
        store.holidays().seed(IndonesianCalendars.shipped());
        var decreed = new HolidayYear(2027, true, "SKB 2027 (test)", List.of(
                new Holiday(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi", HolidayKind.NATIONAL),
                new Holiday(LocalDate.of(2027, 3, 10), "Idul Fitri 1448 H", HolidayKind.NATIONAL),
                new Holiday(LocalDate.of(2027, 3, 11), "Cuti Bersama Idul Fitri 1448 H", HolidayKind.CUTI_BERSAMA)),
                List.of());
        store.holidays().replace(decreed, "admin");
        store.holidays().seed(IndonesianCalendars.shipped());
        store.close();
        store = TestStores.open(dir);
        assertThat(store.holidays().national().year(2027)).contains(decreed);
        assertThat(store.holidays().importedBy(2027)).contains("admin");
        assertThat(store.holidays().national().coverage(LocalDate.of(2026, 12, 1)).ok()).isTrue();
    }

    @Test
    void aNewerShippedListRefreshesAYearStillAsShipped() {
        var old = HolidayEstimates.estimate(2027);
        store.holidays().replace(old, HolidayRepository.SHIPPED);
        var shipped = IndonesianCalendars.shipped();
        store.holidays().seed(shipped.with(new HolidayYear(2027, false, "newer estimate", old.holidays(),
                old.ramadan())));
        assertThat(store.holidays().national().year(2027).orElseThrow().source()).isEqualTo("newer estimate");
    }
}
