/**
 * The working calendar: weekly office hours with breaks, Ramadan overrides, national holidays and
 * cuti bersama, one-off exceptions; and from it the regime ({@link id.pita.core.calendar.Regime}) at an
 * instant and the next boundary, always in the district's zone from an injected {@link java.time.Clock}.
 */
package id.pita.core.calendar;
