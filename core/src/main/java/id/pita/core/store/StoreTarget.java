package id.pita.core.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store is, as configured: a JDBC URL ({@code jdbc:sqlite:/path} or {@code jdbc:postgresql://host:port/db}),
 * the database user and password (empty for SQLite), and the secrets key file (SQLite: beside the database when
 * empty; PostgreSQL: required, the same file on every node).
 */
public record StoreTarget(String url, String user, String password, Optional<Path> secretsKey) {
    public StoreTarget {
        if (url == null || url.isBlank()) {
            throw new StoreException("store URL is empty");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        secretsKey = secretsKey == null ? Optional.empty() : secretsKey;
    }

    /** A PostgreSQL database with its secrets key file. */
    public static StoreTarget postgres(String url, String user, String password, Path secretsKey) {
        return new StoreTarget(url, user, password, Optional.of(secretsKey));
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    /** Never prints the password (logs, messages). */
    @Override
    public String toString() {
        return "StoreTarget[" + url + " as '" + user + "']";
    }
}
