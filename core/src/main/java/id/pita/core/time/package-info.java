/**
 * Clocks built on {@link java.time.Clock}: everything in Pita reads time from an injected clock, so a
 * demo can run a whole working day in minutes by injecting a {@link id.pita.core.time.ScaledClock}
 * instead of the system clock. Nothing here reads the JVM default zone.
 */
package id.pita.core.time;
