package id.pita.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jdbi.v3.core.Handle;

/**
 * Versioned schema migrations: SQL files under {@code db/migration/}, listed here in order (no
 * classpath scanning, so a jar and an IDE see the same list). Each runs in its own transaction,
 * together with its row in {@code schema_version}; versions already recorded are skipped.
 */
final class Migrations {
    /** Every migration in order. Append only; never edit one that has shipped. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "V001__initial.sql"),
            new Migration(25, "V025__gateway_login_addresses.sql"),
            new Migration(26, "V026__site_voucher_required.sql"),
            new Migration(27, "V027__session_online_by_ip.sql"));

    record Migration(int version, String file) {
    }

    private final Clock clock;

    Migrations(Clock clock) {
        this.clock = clock;
    }

    /** Applies what is missing; returns how many were applied. */
    int apply(Store store) {
        store.writeVoid(h -> h.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at_ms BIGINT NOT NULL)"));
        var applied = new HashSet<>(store.appliedVersions());
        int count = 0;
        for (var m : ALL) {
            if (applied.contains(m.version())) {
                continue;
            }
            var sql = resource(m.file());
            store.writeVoid(h -> {
                // Re-check inside the write transaction: another process may have migrated meanwhile.
                if (h.createQuery("SELECT COUNT(*) FROM schema_version WHERE version = :v")
                        .bind("v", m.version()).mapTo(Integer.class).one() > 0) {
                    return;
                }
                run(h, sql);
                h.createUpdate("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (:v, :n, :at)")
                        .bind("v", m.version()).bind("n", m.file()).bind("at", clock.millis()).execute();
            });
            count++;
        }
        return count;
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

    private static String resource(String file) {
        var path = "db/migration/" + file;
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
