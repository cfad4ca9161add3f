package id.pita.core.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * The regime at an instant and when it next changes.
 *
 * @param nextBoundary the next instant at which the regime differs; empty if it never changes
 *                     within the search horizon (a calendar with no working days)
 * @param note         why, for people: "Hari Kemerdekaan RI", "Sabtu", "Jam kerja Ramadan"; may be empty
 */
public record RegimeState(Regime regime, Optional<Instant> nextBoundary, String note) {
}
