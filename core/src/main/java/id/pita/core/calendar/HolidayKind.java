package id.pita.core.calendar;

/** A national holiday (libur nasional) or a collective leave day (cuti bersama). */
public enum HolidayKind {
    NATIONAL, CUTI_BERSAMA
}
