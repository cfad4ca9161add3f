/**
 * Test helpers shared with other modules through core's test-jar: a {@link id.pita.core.testing.MutableClock}
 * that tests set and advance instead of sleeping, a bounded process runner ({@link id.pita.core.testing.Processes}),
 * a real PostgreSQL 15 server ({@link id.pita.core.testing.PostgresServer}) and
 * {@link id.pita.core.testing.TestStores}, the one place that chooses the database store tests run on.
 */
package id.pita.core.testing;
