package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every query lives in this package ({@code core/src/main/java/id/pita/core/store}): no main source file of any
 * module outside it imports JDBI or JDBC, builds a statement, or holds SQL text, and no module but core ships a
 * {@code .sql} file. The modules are read from the root {@code pom.xml}, so a new module is scanned too.
 */
class OneHomeForSqlTest {
    /** JDBI, JDBC, statement builders and SQL statements (upper case, as this code base writes them). */
    private static final List<Rule> RULES = List.of(
            new Rule("uses JDBI", Pattern.compile("\\borg\\.jdbi\\b")),
            new Rule("uses JDBC", Pattern.compile("\\bjavax?\\.sql\\.")),
            new Rule("builds a statement", Pattern.compile(
                    "\\.(createQuery|createUpdate|createCall|createScript|prepareBatch|prepareStatement)\\s*\\(")),
            new Rule("holds SQL", Pattern.compile("\\b(SELECT\\s+(DISTINCT\\s+)?[\\w*(]|INSERT\\s+(OR\\s+\\w+\\s+)?INTO\\b"
                    + "|DELETE\\s+FROM\\b|UPDATE\\s+\\w+\\s+SET\\b|CREATE\\s+(UNIQUE\\s+)?(TABLE|INDEX)\\b"
                    + "|ALTER\\s+TABLE\\b|DROP\\s+(TABLE|INDEX)\\b|PRAGMA\\s+\\w)")));
    private static final Path STORE = Path.of("core", "src", "main", "java", "id", "pita", "core", "store");

    private record Rule(String what, Pattern pattern) {
    }

    @Test
    void noMainSourceOutsideTheStoreTouchesSql() throws IOException {
        var root = projectRoot();
        var modules = modules(root);
        assertThat(modules).as("modules in the root pom.xml").contains("core", "quota-engine", "captive-portal");
        var found = new ArrayList<String>();
        int scanned = 0;
        for (var module : modules) {
            var java = root.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(java)) {
                try (Stream<Path> files = Files.walk(java)) {
                    for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        if (root.relativize(file).startsWith(STORE)) {
                            continue;
                        }
                        scanned++;
                        for (var v : violations(Files.readString(file, StandardCharsets.UTF_8))) {
                            found.add(root.relativize(file) + ": " + v);
                        }
                    }
                }
            }
            var resources = root.resolve(module).resolve("src/main/resources");
            if (!module.equals("core") && Files.isDirectory(resources)) {
                try (Stream<Path> files = Files.walk(resources)) {
                    files.filter(f -> f.toString().endsWith(".sql"))
                            .forEach(f -> found.add(root.relativize(f) + ": SQL file outside core"));
                }
            }
        }
        // the walk reached the modules' sources (a wrong root would scan nothing and pass)
        assertThat(scanned).as("main source files scanned outside the store").isGreaterThan(200);
        assertThat(found).as("SQL outside core's store: move it into a repository in id.pita.core.store").isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertThat(violations("import org.jdbi.v3.core.Handle;")).containsExactly("uses JDBI");
        assertThat(violations("private static void insert(org.jdbi.v3.core.Handle h) {")).containsExactly(
                "uses JDBI");
        assertThat(violations("import java.sql.ResultSet;")).containsExactly("uses JDBC");
        assertThat(violations("store.read(h -> h.createQuery(sql))")).containsExactly("builds a statement");
        assertThat(violations("var q = \"SELECT COUNT(*) FROM session WHERE mac = :m\";")).containsExactly(
                "holds SQL");
        assertThat(violations("\"SELECT DISTINCT mac FROM session\"")).containsExactly("holds SQL");
        assertThat(violations("\"INSERT OR IGNORE INTO voucher (code) VALUES (?)\"")).containsExactly("holds SQL");
        assertThat(violations("\"UPDATE voucher SET used_at_ms = NULL\"")).containsExactly("holds SQL");
        assertThat(violations("\"DELETE FROM console_session WHERE id = ?\"")).containsExactly("holds SQL");
        assertThat(violations("\"\"\"\n    CREATE TABLE x (id INTEGER)\n\"\"\"")).containsExactly("holds SQL");
        assertThat(violations("s.execute(\"PRAGMA wal_checkpoint(TRUNCATE)\")")).containsExactly("holds SQL");
        // ordinary code and text are left alone
        assertThat(violations("var selected = menu.select(item); // select the update, then delete it")).isEmpty();
        assertThat(violations("\"Pilih (SELECT) satu lokasi\"")).isEmpty();
    }

    private static List<String> violations(String source) {
        return RULES.stream().filter(r -> r.pattern().matcher(source).find()).map(Rule::what).toList();
    }

    /** The directory holding the root pom.xml: the tests run in core/. */
    private static Path projectRoot() {
        var root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("root pom.xml beside core/").exists();
        assertThat(root.resolve(STORE)).as("core's store package").isDirectory();
        return root;
    }

    private static List<String> modules(Path root) throws IOException {
        var m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        var out = new ArrayList<String>();
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }
}
