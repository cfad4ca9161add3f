package id.pita.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations: SQL files under {@code db/migration/} (SQLite), listed here in order (no
 * classpath scanning, so a jar and an IDE see the same list). Each runs in its own transaction,
 * together with its row in {@code schema_version}; versions already recorded are skipped.
 *
 * <p>PostgreSQL. Every version has a twin of the same file name under {@code db/postgresql/} that makes the same
 * tables and columns in PostgreSQL's words (identity columns for the surrogate ids); a PostgreSQL database records
 * the checksum of its twin's text. {@code MigrationTwinsTest} checks that every version has its twin and that both
 * databases end with the same tables and columns. A new migration adds both files.
 *
 * <p>Safety on upgrade. Each row records the SHA-256 of the migration's text ({@code checksum}); a shipped
 * migration whose text has changed since is refused with a message naming it (add a new migration instead).
 * Rows written before checksums existed (release 0.1) get the checksum of this version's file on first open.
 * A database holding a version this Pita does not know was made by a newer Pita: it is refused
 * ({@link SchemaTooNewException}) before anything is changed.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** Every migration in order. Append only; never edit one that has shipped. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "V001__initial.sql"),
            new Migration(10, "V010__push_reason_and_fallback.sql"),
            new Migration(11, "V011__gateway_coa_fallback.sql"),
            new Migration(12, "V012__citizen_over_quota.sql"),
            new Migration(15, "V015__site_password.sql"),
            new Migration(16, "V016__gateway_activity.sql"),
            new Migration(17, "V017__session_stop_reason.sql"),
            new Migration(18, "V018__gateway_signs.sql"),
            new Migration(25, "V025__gateway_login_addresses.sql"),
            new Migration(26, "V026__site_voucher_required.sql"),
            new Migration(27, "V027__session_online_by_ip.sql"),
            new Migration(30, "V030__console_accounts.sql"),
            new Migration(45, "V045__national_holidays.sql"),
            new Migration(50, "V050__voucher_batch.sql"),
            new Migration(60, "V060__pool_backup_tiers.sql"));

    record Migration(int version, String file) {
    }

    /** SHA-256 of a migration's text, lower-case hex. */
    static String checksum(String sql) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest version this Pita knows. */
    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Throws {@link SchemaTooNewException} if {@code recorded} holds a version this Pita does not know. */
    static void refuseNewer(List<Integer> recorded, String source) {
        var known = new HashSet<Integer>();
        ALL.forEach(m -> known.add(m.version()));
        var unknown = recorded.stream().filter(v -> !known.contains(v)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new SchemaTooNewException(source, unknown, latest());
        }
    }

    private final Clock clock;

    Migrations(Clock clock) {
        this.clock = clock;
    }

    /** Applies what is missing; returns how many were applied. */
    int apply(Store store) {
        store.writeVoid(h -> {
            store.dialect().lockMigrations(h);
            h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                    + "name VARCHAR(200) NOT NULL, applied_at_ms BIGINT NOT NULL, checksum VARCHAR(64))");
            // Release 0.1 made the table without checksums.
            if (!store.dialect().hasColumn(h, "schema_version", "checksum")) {
                h.execute("ALTER TABLE schema_version ADD COLUMN checksum VARCHAR(64)");
            }
        });
        refuseNewer(store.appliedVersions(), store.description());
        verifyChecksums(store);
        var applied = new HashSet<>(store.appliedVersions());
        int count = 0;
        for (var m : ALL) {
            if (applied.contains(m.version())) {
                continue;
            }
            var sql = resource(store.dialect(), m.file());
            store.writeVoid(h -> {
                store.dialect().lockMigrations(h);
                // Re-check inside the write transaction: another process may have migrated meanwhile.
                if (h.createQuery("SELECT COUNT(*) FROM schema_version WHERE version = :v")
                        .bind("v", m.version()).mapTo(Integer.class).one() > 0) {
                    return;
                }
                run(h, sql);
                h.createUpdate("INSERT INTO schema_version (version, name, applied_at_ms, checksum) "
                                + "VALUES (:v, :n, :at, :sum)")
                        .bind("v", m.version()).bind("n", m.file()).bind("at", clock.millis())
                        .bind("sum", checksum(sql)).execute();
            });
            LOG.info("Migration {} applied", m.file());
            count++;
        }
        return count;
    }

    /** Refuses a shipped migration whose text changed; records the checksum where 0.1 left none. */
    private static void verifyChecksums(Store store) {
        var rows = store.read(h -> h.createQuery("SELECT version, name, checksum FROM schema_version ORDER BY version")
                .map((rs, ctx) -> new String[] {rs.getString("version"), rs.getString("name"), rs.getString("checksum")})
                .list());
        for (var row : rows) {
            int version = Integer.parseInt(row[0]);
            var m = ALL.stream().filter(x -> x.version() == version).findFirst().orElseThrow();
            var now = checksum(resource(store.dialect(), m.file()));
            if (row[2] == null) {
                store.writeVoid(h -> h.createUpdate("UPDATE schema_version SET checksum = :sum WHERE version = :v "
                        + "AND checksum IS NULL").bind("sum", now).bind("v", version).execute());
                LOG.info("Recorded checksum of migration {} (applied before checksums were kept)", m.file());
            } else if (!row[2].equals(now)) {
                throw new StoreException("migration " + m.file() + " has changed since it was applied to "
                        + store.description() + " (checksum recorded " + row[2].substring(0, 12) + "..., this "
                        + "version's " + now.substring(0, 12) + "...): a shipped migration must never be edited; "
                        + "this Pita refuses to open the database");
            }
        }
    }

    private static void run(Handle h, String sql) {
        for (var statement : statements(sql)) {
            h.execute(statement);
        }
    }

    /** Splits a script at semicolons that end a line, after dropping {@code --} comment lines. */
    static List<String> statements(String sql) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : sql.split("\n")) {
            var trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                var s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** The SQLite text of a migration. */
    static String resource(String file) {
        return resource(Dialect.SQLITE, file);
    }

    /** A migration's text for one database: its twin in that database's directory, checksummed on its own. */
    static String resource(Dialect dialect, String file) {
        var path = dialect.migrationDirectory() + file;
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("migration " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + path, e);
        }
    }
}
