package id.pita.core.calendar;

/** What the calendar says now. Weekends and holidays are after hours all day. */
public enum Regime {
    OFFICE_HOURS, AFTER_HOURS
}
