package id.pita.core.store;

import org.jdbi.v3.core.Handle;

/**
 * What differs between the two databases Pita runs on, in one place: SQLite (one file, one writer) and
 * PostgreSQL (several nodes, READ COMMITTED). Everything else is the same SQL: {@code ON CONFLICT} upserts,
 * {@code LIMIT}, {@code COALESCE}, {@code CASE}, booleans bound as Java booleans, instants as epoch
 * milliseconds. The differences:
 * <ul>
 *   <li>migrations: each version has a twin per database ({@link #migrationDirectory()}); PostgreSQL's surrogate
 *       ids are identity columns where SQLite's are {@code INTEGER PRIMARY KEY} (rowid);</li>
 *   <li>a table's columns: {@code pragma_table_info} against {@code information_schema.columns}
 *       ({@link #hasColumn});</li>
 *   <li>a row's storage name: {@code rowid} against {@code ctid} ({@link #rowId()});</li>
 *   <li>row locks: SQLite has one writer, so a read inside a write transaction cannot be overtaken; PostgreSQL
 *       needs {@code FOR UPDATE} on the rows a transaction reads and then changes ({@link #forUpdate()});</li>
 *   <li>maintenance: SQLite's {@code VACUUM} and WAL checkpoint have no PostgreSQL equivalent to call
 *       ({@link #compact}).</li>
 * </ul>
 */
public enum Dialect {
    SQLITE("db/migration/"),
    POSTGRESQL("db/postgresql/");

    private final String migrationDirectory;

    Dialect(String migrationDirectory) {
        this.migrationDirectory = migrationDirectory;
    }

    /** The dialect of a JDBC URL; a URL that is neither is refused. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported store URL " + jdbcUrl + ": Pita runs on a SQLite file "
                + "(jdbc:sqlite:/path) or PostgreSQL (jdbc:postgresql://host:port/database)");
    }

    /** The classpath directory of this database's migrations (same file names, same versions). */
    public String migrationDirectory() {
        return migrationDirectory;
    }

    /** Whether {@code table} (unquoted, lower case) has a column {@code column}. */
    public boolean hasColumn(Handle h, String table, String column) {
        var sql = switch (this) {
            case SQLITE -> "SELECT COUNT(*) FROM pragma_table_info(:t) WHERE name = :c";
            case POSTGRESQL -> "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND table_name = :t AND column_name = :c";
        };
        return h.createQuery(sql).bind("t", table).bind("c", column).mapTo(Integer.class).one() > 0;
    }

    /**
     * The hidden column that names a row in the table's storage, for deleting in batches a table without a single
     * id column: SQLite's {@code rowid}, PostgreSQL's {@code ctid} (valid within one statement).
     */
    public String rowId() {
        return this == POSTGRESQL ? "ctid" : "rowid";
    }

    /** The clause that locks the rows a {@code SELECT} reads until the transaction ends (empty on SQLite). */
    public String forUpdate() {
        return this == POSTGRESQL ? " FOR UPDATE" : "";
    }

    /**
     * Makes the calling write transaction the only one migrating: SQLite's writer is alone already; on PostgreSQL
     * nodes starting together take a transaction-scoped advisory lock, so one applies a migration and the others
     * then find it recorded.
     */
    public void lockMigrations(Handle h) {
        if (this == POSTGRESQL) {
            h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")) l").mapTo(Integer.class).one();
        }
    }

    /** The advisory lock key of migrations ("pita" in ASCII, then 1). */
    static final long MIGRATION_LOCK = 0x7069746100000001L;

    /**
     * Rewrites the file without free pages and empties the WAL, so that replaced plaintext lingers nowhere (SQLite);
     * PostgreSQL's autovacuum reclaims dead rows itself, and its files are the server's, not Pita's.
     */
    public void compact(Handle h) {
        if (this == SQLITE) {
            h.execute("VACUUM");
            h.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
