package id.pita.core.calendar;

import id.pita.core.Check;
import id.pita.core.PitaException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;

/**
 * The national rules as data: ASN office hours, Ramadan hours, and the holiday list shipped as a
 * classpath resource per year. Islamic dates move each year, so the Ramadan period and the holiday
 * file are updated each year from the government's decisions.
 */
public final class IndonesianCalendars {
    private IndonesianCalendars() {
    }

    /**
     * ASN hours under Perpres 21/2023 (37.5 h a week from 07:30): Mon–Thu 07:30–16:00 with a break
     * 12:00–13:00, Fri 07:30–16:30 with the longer Friday-prayer break 11:30–13:00.
     */
    public static WeeklyHours perpres21Of2023() {
        return week(DayHours.of(range("07:30", "16:00"), range("12:00", "13:00")),
                DayHours.of(range("07:30", "16:30"), range("11:30", "13:00")));
    }

    /** Ramadan hours (32.5 h a week from 08:00): Mon–Thu 08:00–15:00, Fri 08:00–15:30. */
    public static WeeklyHours ramadan() {
        return week(DayHours.of(range("08:00", "15:00"), range("12:00", "12:30")),
                DayHours.of(range("08:00", "15:30"), range("11:30", "12:30")));
    }

    /**
     * Ramadan 1447 H: 1 Ramadan on Thursday 19 February 2026 (sidang isbat of 17 February 2026) to the
     * day before Idul Fitri 1447 H on Saturday 21 March 2026 (SKB 3 Menteri 1497/2/5 of 2025, confirmed by
     * the sidang isbat of 19 March 2026). Muhammadiyah's calendar (18 February to 19 March) differs by a day
     * at each end; the government's dates apply to ASN hours.
     */
    public static RamadanPeriod ramadan2026() {
        return new RamadanPeriod(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 20), ramadan());
    }

    /**
     * The holidays in the classpath resource {@code calendar/holidays-<name>.yaml}, e.g. {@code id-2026}.
     *
     * @throws id.pita.core.InvalidValueException naming the resource, entry index and field of a bad entry
     * @throws PitaException if the resource is missing or unreadable
     */
    public static List<Holiday> load(String name) {
        Check.code("name", name);
        var resource = "calendar/holidays-" + name + ".yaml";
        var loader = IndonesianCalendars.class.getClassLoader();
        try (var in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PitaException(resource + ": no such holiday list on the classpath");
            }
            return HolidayYaml.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PitaException(resource + ": cannot be read", e);
        }
    }

    /** The year files shipped on the classpath are looked for in these years (inclusive). */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /**
     * The year files shipped with Pita: every {@code calendar/holidays-id-<year>.yaml} on the classpath for
     * years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, read with {@link HolidayYaml#readYear}.
     */
    public static NationalCalendar shipped() {
        var years = new java.util.ArrayList<HolidayYear>();
        var loader = IndonesianCalendars.class.getClassLoader();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            var resource = "calendar/holidays-id-" + y + ".yaml";
            try (var in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    years.add(HolidayYaml.readYear(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new PitaException(resource + ": cannot be read", e);
            }
        }
        return new NationalCalendar(years);
    }

    /** The 2026 national calendar: Perpres 21/2023 hours, Ramadan 1447 H, the SKB 2026 holidays. */
    public static WorkCalendar standard2026() {
        return new WorkCalendar(perpres21Of2023(), List.of(ramadan2026()), load("id-2026"), List.of());
    }

    private static WeeklyHours week(DayHours monToThu, DayHours friday) {
        var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        for (var d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(d, monToThu);
        }
        days.put(DayOfWeek.FRIDAY, friday);
        return new WeeklyHours(days);
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }
}
