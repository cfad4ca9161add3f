package id.pita.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pita migrate}: copies a district with its whole history from a SQLite file into an empty PostgreSQL
 * database, then checks the copy.
 *
 * <p>Both are first opened as Pita opens them, so both are at this version's schema (the file is upgraded in place
 * as any start would). Every table but {@code schema_version} (each database keeps its own, with its own checksums)
 * is copied row by row, parents before children (by the file's foreign keys), all in ONE transaction on
 * PostgreSQL: a failure leaves the target as it was. Secrets are copied as they are stored, sealed: the target must
 * use the same key file, and when its configured key file does not exist yet the source's is copied there (0600).
 * Identity columns continue after the highest copied id. A target that holds any row is refused unless
 * {@code replace} is given, which empties it in the same transaction.
 *
 * <p>Then the check, on what each database returns after the commit: the row count of every table and the sums of
 * the accounting octet columns ({@code accounting}, {@code session}, {@code usage_hourly}) must be equal.
 */
public final class StoreCopy {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCopy.class);
    private static final int BATCH = 1000;
    /** The octet columns whose sums must survive the copy. */
    static final Map<String, List<String>> OCTETS = Map.of(
            "accounting", List.of("upload_bytes", "download_bytes"),
            "session", List.of("upload_bytes", "download_bytes"),
            "usage_hourly", List.of("upload_bytes", "download_bytes"));

    /** One figure compared: a table's row count, or the sum of one of its columns. */
    public record Figure(String table, String what, long source, long target) {
        public boolean equal() {
            return source == target;
        }
    }

    /** The check after the copy: every figure, and whether all are equal. */
    public record Report(List<Figure> figures, long rowsCopied) {
        public boolean ok() {
            return figures.stream().allMatch(Figure::equal);
        }
    }

    private StoreCopy() {
    }

    /**
     * Copies {@code sqliteFile} into {@code target} (PostgreSQL) and checks the copy; a refused copy (a non-empty
     * target without {@code replace}, another key, not PostgreSQL) is a {@link StoreException} before anything is
     * written.
     */
    public static Report copy(Path sqliteFile, StoreTarget target, boolean replace, Clock clock) {
        if (target.dialect() != Dialect.POSTGRESQL) {
            throw new StoreException("pita migrate copies into PostgreSQL: store.url must be jdbc:postgresql://...");
        }
        if (!Files.isRegularFile(sqliteFile)) {
            throw new StoreException("no SQLite store at " + sqliteFile);
        }
        var sourceKey = SecretBox.keyFileFor(sqliteFile);
        var targetKey = target.secretsKey().orElseThrow(() -> new StoreException("store.secretsKey is required"));
        if (!Files.exists(targetKey) && Files.exists(sourceKey)) {
            try {
                var dir = targetKey.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                PrivateFiles.write(targetKey, Files.readString(sourceKey));
            } catch (IOException e) {
                throw new StoreException("cannot copy " + sourceKey + " to " + targetKey + ": " + e.getMessage(), e);
            }
            LOG.info("Copied the secrets key {} to {} (store.secretsKey)", sourceKey, targetKey);
        }
        try (var source = Store.open(sqliteFile, clock); var dest = Store.open(target, clock)) {
            if (!source.secrets().sameKey(dest.secrets())) {
                throw new StoreException("store.secretsKey " + targetKey + " is not the key of " + sqliteFile + " ("
                        + sourceKey + "): sealed secrets are copied sealed, so the PostgreSQL store needs that key file");
            }
            var tables = source.read(StoreCopy::tablesInOrder);
            long rows = source.read(src -> dest.write(dst -> copyAll(src, dst, tables, replace, target.url())));
            LOG.info("Copied {} rows in {} tables from {} to {}", rows, tables.size(), sqliteFile, target.url());
            return new Report(check(source, dest, tables), rows);
        }
    }

    /** The figures of both stores, read after the copy committed. */
    static List<Figure> check(Store source, Store dest, List<String> tables) {
        var figures = new ArrayList<Figure>();
        for (var t : tables) {
            figures.add(new Figure(t, "rows", count(source, t), count(dest, t)));
            for (var column : OCTETS.getOrDefault(t, List.of())) {
                figures.add(new Figure(t, "sum(" + column + ")", sum(source, t, column), sum(dest, t, column)));
            }
        }
        return figures;
    }

    private static long count(Store store, String table) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static long sum(Store store, String table, String column) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(" + column + "), 0) FROM " + table)
                .mapTo(Long.class).one());
    }

    /** The file's tables (without schema_version), every table after the tables its foreign keys name. */
    static List<String> tablesInOrder(Handle h) {
        var tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name <> 'schema_version' ORDER BY name").mapTo(String.class).list();
        var parents = new LinkedHashMap<String, Set<String>>();
        for (var t : tables) {
            parents.put(t, new LinkedHashSet<>(h.createQuery("SELECT \"table\" FROM pragma_foreign_key_list(:t)")
                    .bind("t", t).mapTo(String.class).list()));
            parents.get(t).remove(t);
        }
        var ordered = new ArrayList<String>();
        var pending = new ArrayDeque<>(tables);
        int guard = 0;
        while (!pending.isEmpty()) {
            var t = pending.poll();
            if (ordered.containsAll(parents.get(t))) {
                ordered.add(t);
                guard = 0;
            } else {
                pending.add(t);
                if (++guard > pending.size()) {
                    throw new StoreException("foreign keys of " + pending + " form a cycle");
                }
            }
        }
        return ordered;
    }

    private static long copyAll(Handle src, Handle dst, List<String> tables, boolean replace, String url) {
        try {
            var occupied = new ArrayList<String>();
            for (var t : tables) {
                if (dst.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one() > 0) {
                    occupied.add(t);
                }
            }
            if (!occupied.isEmpty()) {
                if (!replace) {
                    throw new StoreException(url + " is not empty (rows in " + String.join(", ", occupied) + "): "
                            + "pita migrate copies into an empty database; --replace empties it first");
                }
                for (int i = tables.size() - 1; i >= 0; i--) {
                    dst.execute("DELETE FROM " + tables.get(i));
                }
            }
            long rows = 0;
            for (var t : tables) {
                rows += copyTable(src.getConnection(), dst.getConnection(), t, dst);
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("copy into " + url + " failed (nothing was kept): " + e.getMessage(), e);
        }
    }

    private static long copyTable(Connection src, Connection dst, String table, Handle dstHandle) throws SQLException {
        // The target's columns and their types; the twins test keeps both schemas' columns equal.
        var types = new LinkedHashMap<String, String>();
        var identity = new ArrayList<String>();
        dstHandle.createQuery("SELECT column_name, data_type, is_identity FROM information_schema.columns WHERE "
                        + "table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position")
                .bind("t", table)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> {
                    types.put(r[0], r[1]);
                    if ("YES".equals(r[2])) {
                        identity.add(r[0]);
                    }
                });
        var columns = new ArrayList<>(types.keySet());
        var list = String.join(", ", columns);
        var marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long n = 0;
        try (var read = src.prepareStatement("SELECT " + list + " FROM " + table);
             var write = dst.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            try (var rs = read.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(write, i + 1, rs, i + 1, types.get(columns.get(i)));
                    }
                    write.addBatch();
                    if (++n % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        for (var column : identity) {
            // Identity columns continue after the copied ids (an explicit id does not move the sequence).
            dstHandle.createQuery("SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX(" + column + "), 0) + 1, "
                    + "false) FROM " + table).bind("t", table).bind("c", column).mapTo(Long.class).one();
        }
        LOG.info("Copied {} rows of {}", n, table);
        return n;
    }

    /** SQLite keeps booleans as 0/1 and gives back what it stored; PostgreSQL wants its column's type. */
    private static void bind(PreparedStatement to, int index, ResultSet from, int column, String type)
            throws SQLException {
        var value = from.getObject(column);
        if (value == null) {
            to.setNull(index, switch (type) {
                case "boolean" -> Types.BOOLEAN;
                case "bigint", "integer" -> Types.BIGINT;
                case "double precision" -> Types.DOUBLE;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (type) {
            case "boolean" -> to.setBoolean(index, value instanceof Number num ? num.longValue() != 0
                    : Boolean.parseBoolean(value.toString()) || "1".equals(value.toString()));
            case "bigint" -> to.setLong(index, from.getLong(column));
            case "integer" -> to.setInt(index, from.getInt(column));
            case "double precision" -> to.setDouble(index, from.getDouble(column));
            default -> to.setString(index, from.getString(column));
        }
    }
}
