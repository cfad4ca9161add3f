/**
 * The working calendar: weekly office hours with breaks, Ramadan overrides, national holidays and
 * cuti bersama, one-off exceptions; and from it the regime ({@link id.pita.core.calendar.Regime}) at an
 * instant and the next boundary, always in the district's zone from an injected {@link java.time.Clock}.
 * {@link id.pita.core.calendar.IndonesianCalendars} holds the national rules; the yearly holiday list is
 * the resource {@code calendar/holidays-<year>.yaml}, read by {@link id.pita.core.calendar.HolidayYaml}.
 */
package id.pita.core.calendar;
