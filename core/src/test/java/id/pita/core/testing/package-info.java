/**
 * Test helpers shared with other modules through core's test-jar: a {@link id.pita.core.testing.MutableClock}
 * that tests set and advance instead of sleeping.
 */
package id.pita.core.testing;
