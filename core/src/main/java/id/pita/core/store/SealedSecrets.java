package id.pita.core.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the store's secrets live and how each is sealed: gateway RADIUS secrets, uamsecrets/faskeys and office
 * passwords, each with its row as the associated data. At every open: if the key file was made just now but the
 * database already holds sealed secrets, the key that sealed them is missing and the open stops; rows still in
 * plaintext (a database from release 0.1) are sealed, once, in one transaction, and the file is vacuumed and
 * the WAL emptied so that no plaintext lingers in free pages.
 */
final class SealedSecrets {
    private static final Logger LOG = LoggerFactory.getLogger(SealedSecrets.class);

    /** A sealed column: table, column, the column naming the row. */
    private record Column(String table, String column, String key) {
        String context(String district, String row) {
            return table + "." + column + "/" + district + "/" + row;
        }
    }

    private static final List<Column> COLUMNS = List.of(new Column("gateway", "secret", "id"),
            new Column("gateway", "portal_secret", "id"), new Column("site", "password", "code"));

    private SealedSecrets() {
    }

    static String gatewaySecretContext(String district, String id) {
        return COLUMNS.get(0).context(district, id);
    }

    static String portalSecretContext(String district, String id) {
        return COLUMNS.get(1).context(district, id);
    }

    static String sitePasswordContext(String district, String code) {
        return COLUMNS.get(2).context(district, code);
    }

    static void sealPlaintext(Store store) {
        var box = store.secrets();
        if (box.created() && store.read(SealedSecrets::anySealed)) {
            throw new StoreException("the database " + store.description() + " holds secrets sealed with a "
                    + SecretBox.KEY_FILE + " that is not beside it (a new one was just made, which opens none of "
                    + "them): put the original " + SecretBox.KEY_FILE + " back and remove the new one");
        }
        int sealed = store.write(h -> {
            int n = 0;
            for (var c : COLUMNS) {
                var rows = h.createQuery("SELECT district_code, " + c.key() + " AS k, " + c.column() + " AS v FROM "
                                + c.table() + " WHERE " + c.column() + " <> '' AND " + c.column() + " NOT LIKE :p")
                        .bind("p", SecretBox.PREFIX + "%")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
                for (var r : rows) {
                    n += h.createUpdate("UPDATE " + c.table() + " SET " + c.column() + " = :v WHERE district_code = :d "
                                    + "AND " + c.key() + " = :k")
                            .bind("v", box.seal(r[2], c.context(r[0], r[1]))).bind("d", r[0]).bind("k", r[1])
                            .execute();
                }
            }
            return n;
        });
        if (sealed > 0) {
            // The old plaintext may sit in free pages (0.1 replaced districts without secure_delete) and in the
            // WAL: rebuild the file without them, then empty the WAL.
            store.jdbi().useHandle(h -> store.dialect().compact(h));
            LOG.info("Sealed {} plaintext secrets in the store with {}", sealed, SecretBox.KEY_FILE);
        }
    }

    private static boolean anySealed(Handle h) {
        for (var c : COLUMNS) {
            if (h.createQuery("SELECT COUNT(*) FROM " + c.table() + " WHERE " + c.column() + " LIKE :p")
                    .bind("p", SecretBox.PREFIX + "%").mapTo(Integer.class).one() > 0) {
                return true;
            }
        }
        return false;
    }
}
