package id.pita.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;

/**
 * What opening a database would do to its schema, found out read-only ({@code pita check} before an upgrade):
 * the versions it has, the migrations this Pita would apply, and any version it does not know (a newer Pita's,
 * which it would refuse).
 *
 * @param exists  whether there is a database file at all (else the first start creates it)
 */
public record SchemaCheck(boolean exists, List<Integer> applied, List<Integer> pending, List<Integer> unknown,
                          int latestKnown) {
    public static SchemaCheck of(Path dataFile) {
        var known = Migrations.ALL.stream().map(Migrations.Migration::version).toList();
        if (!Files.isRegularFile(dataFile)) {
            return new SchemaCheck(false, List.of(), known, List.of(), Migrations.latest());
        }
        List<Integer> applied;
        try {
            applied = Backups.schemaVersions(dataFile);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + dataFile + ": " + e.getMessage(), e);
        }
        var have = new HashSet<>(applied);
        var knownSet = new HashSet<>(known);
        return new SchemaCheck(true, applied, known.stream().filter(v -> !have.contains(v)).toList(),
                applied.stream().filter(v -> !knownSet.contains(v)).toList(), Migrations.latest());
    }

    /** A newer Pita made it: this one would refuse to open it. */
    public boolean tooNew() {
        return !unknown.isEmpty();
    }
}
