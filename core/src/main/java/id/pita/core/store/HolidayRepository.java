package id.pita.core.store;

import id.pita.core.calendar.Holiday;
import id.pita.core.calendar.HolidayKind;
import id.pita.core.calendar.HolidayYear;
import id.pita.core.calendar.NationalCalendar;
import id.pita.core.calendar.RamadanDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The national holiday lists, one per year. A year is replaced as a whole, in one transaction, so a reader
 * never sees half a list. Thread-safe (through {@link Store}).
 */
public final class HolidayRepository {
    /** {@code imported_by} of a year seeded from the files shipped with Pita. */
    public static final String SHIPPED = "shipped";

    /** The advisory lock that serializes seeding on PostgreSQL ({@code "PITAHOLI"} in ASCII). */
    private static final long SEED_LOCK = 0x50495441484F4C49L;
    private final Store store;

    HolidayRepository(Store store) {
        this.store = store;
    }

    /** Every year held, as one calendar. */
    public NationalCalendar national() {
        return store.read(this::national);
    }

    private NationalCalendar national(Handle h) {
        var years = new ArrayList<HolidayYear>();
        for (var row : h.createQuery("SELECT year, confirmed, source FROM national_holiday_year ORDER BY year")
                .map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getBoolean(2), rs.getString(3)}).list()) {
            int year = (Integer) row[0];
            years.add(new HolidayYear(year, (Boolean) row[1], (String) row[2], holidays(h, year),
                    ramadan(h, year)));
        }
        return new NationalCalendar(years);
    }

    /** Who last replaced {@code year}'s list ({@value #SHIPPED} for a seeded one), if it is held. */
    public Optional<String> importedBy(int year) {
        return store.read(h -> h.createQuery("SELECT imported_by FROM national_holiday_year WHERE year = :y")
                .bind("y", year).mapTo(String.class).findOne());
    }

    /** Replaces (or adds) one year's list, recording who did it. */
    public void replace(HolidayYear year, String by) {
        store.writeVoid(h -> save(h, year, by));
    }

    /**
     * Adds each shipped year the store lacks, and refreshes a year still as shipped when a newer Pita ships
     * a different list for it; a year an operator imported is never overwritten. Returns the years written.
     */
    public List<Integer> seed(NationalCalendar shipped) {
        return store.write(h -> {
            if (store.dialect() == Dialect.POSTGRESQL) {
                // Nodes starting together on one database seed once: the next waits here, then finds the years.
                h.execute("SELECT pg_advisory_xact_lock(?)", SEED_LOCK);
            }
            var current = national(h);
            var written = new ArrayList<Integer>();
            for (var y : shipped.years()) {
                var held = current.year(y.year());
                boolean asShipped = h.createQuery("SELECT imported_by FROM national_holiday_year WHERE year = :y")
                        .bind("y", y.year()).mapTo(String.class).findOne().map(SHIPPED::equals).orElse(true);
                if (held.isEmpty() || (asShipped && !held.get().equals(y))) {
                    save(h, y, SHIPPED);
                    written.add(y.year());
                }
            }
            return written;
        });
    }

    private void save(Handle h, HolidayYear y, String by) {
        h.createUpdate("DELETE FROM national_holiday_year WHERE year = :y").bind("y", y.year()).execute();
        h.createUpdate("INSERT INTO national_holiday_year (year, confirmed, source, imported_by, imported_at_ms) "
                        + "VALUES (:y, :c, :s, :by, :at)")
                .bind("y", y.year()).bind("c", y.confirmed()).bind("s", y.source()).bind("by", by)
                .bind("at", store.clock().millis()).execute();
        for (int i = 0; i < y.holidays().size(); i++) {
            var d = y.holidays().get(i);
            h.createUpdate("INSERT INTO national_holiday (year, seq, holiday_date, name, kind, provisional) "
                            + "VALUES (:y, :seq, :date, :name, :kind, :p)")
                    .bind("y", y.year()).bind("seq", i).bind("date", d.date().toString()).bind("name", d.name())
                    .bind("kind", d.kind().name()).bind("p", d.provisional()).execute();
        }
        for (int i = 0; i < y.ramadan().size(); i++) {
            var r = y.ramadan().get(i);
            h.createUpdate("INSERT INTO national_ramadan (year, seq, first_date, last_date, provisional) "
                            + "VALUES (:y, :seq, :first, :last, :p)")
                    .bind("y", y.year()).bind("seq", i).bind("first", r.first().toString())
                    .bind("last", r.last().toString()).bind("p", r.provisional()).execute();
        }
    }

    private static List<Holiday> holidays(Handle h, int year) {
        return h.createQuery("SELECT holiday_date, name, kind, provisional FROM national_holiday WHERE year = :y "
                        + "ORDER BY seq").bind("y", year)
                .map((rs, ctx) -> new Holiday(LocalDate.parse(rs.getString(1)), rs.getString(2),
                        HolidayKind.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .list();
    }

    private static List<RamadanDates> ramadan(Handle h, int year) {
        return h.createQuery("SELECT first_date, last_date, provisional FROM national_ramadan WHERE year = :y "
                        + "ORDER BY seq").bind("y", year)
                .map((rs, ctx) -> new RamadanDates(LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2)),
                        rs.getBoolean(3)))
                .list();
    }
}
