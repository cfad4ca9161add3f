/**
 * The store: one SQLite file (WAL, foreign keys on, synchronous FULL) behind JDBI, with versioned
 * migrations applied at open and one repository per concept returning the core records. Writes are
 * serialized through one connection so that concurrent writers never see SQLITE_BUSY; the SQL is
 * kept portable so that PostgreSQL can serve a province later. Instants are stored as epoch
 * milliseconds (UTC), local dates and times as ISO text.
 */
package id.pita.core.store;
