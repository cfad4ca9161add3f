package id.pita.core.store;

import id.pita.core.Check;
import id.pita.core.credential.CitizenCredential;
import id.pita.core.credential.CredentialStore;
import id.pita.core.credential.CredentialsExhaustedException;
import id.pita.core.session.MacAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time portal credentials in the store, for several nodes on one database: the node whose portal minted a
 * credential need not be the node the gateway's Access-Request reaches. {@link #find} is one lookup by primary
 * key; {@link #consume} is one conditional {@code DELETE}, whose row count says who used it, so a credential is
 * used once even when two nodes redeem it at the same moment. Bounded per gateway (hotspot) as the in-memory
 * store is: a mint at a full gateway first deletes that gateway's expired rows, then refuses.
 * {@link #deleteExpired} removes the rest (the leader's sweep). The password is sealed with the store's key.
 * Thread-safe.
 */
public final class CredentialRepository implements CredentialStore {
    private final Store store;
    private final SecureRandom random;
    private final Duration ttl;
    private final int perGateway;

    CredentialRepository(Store store, SecureRandom random, Duration ttl, int perGateway) {
        this.store = store;
        this.random = Check.notNull("random", random);
        this.ttl = Check.notNull("ttl", ttl);
        Check.that(!ttl.isNegative() && !ttl.isZero(), "ttl", "must be positive");
        this.perGateway = (int) Check.positive("perGateway", perGateway);
    }

    @Override
    public CitizenCredential mint(String gatewayId, String siteCode, MacAddress mac, Instant now) {
        var username = "c-" + hex(8);
        var credential = new CitizenCredential(username, hex(12), gatewayId, siteCode, mac, now.plus(ttl));
        store.writeVoid(h -> {
            long at = now.toEpochMilli();
            if (live(h, gatewayId, at) >= perGateway) {
                h.createUpdate("DELETE FROM portal_credential WHERE gateway_id = :g AND expires_ms <= :now")
                        .bind("g", gatewayId).bind("now", at).execute();
                if (live(h, gatewayId, at) >= perGateway) {
                    throw new CredentialsExhaustedException(perGateway);
                }
            }
            h.createUpdate("INSERT INTO portal_credential (username, password, gateway_id, site_code, mac, "
                            + "expires_ms) VALUES (:u, :p, :g, :s, :m, :e)")
                    .bind("u", username).bind("p", store.secrets().seal(credential.password(), context(username)))
                    .bind("g", gatewayId).bind("s", siteCode).bind("m", mac.value())
                    .bind("e", credential.expires().toEpochMilli()).execute();
        });
        return credential;
    }

    @Override
    public Optional<CitizenCredential> find(String username, Instant now) {
        if (username == null || username.length() > 40) {
            return Optional.empty();
        }
        return store.read(h -> h.createQuery("SELECT * FROM portal_credential WHERE username = :u "
                        + "AND expires_ms > :now")
                .bind("u", username).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new CitizenCredential(rs.getString("username"),
                        store.secrets().open(rs.getString("password"), context(username)),
                        rs.getString("gateway_id"), rs.getString("site_code"), MacAddress.parse(rs.getString("mac")),
                        Instant.ofEpochMilli(rs.getLong("expires_ms"))))
                .findOne());
    }

    @Override
    public boolean consume(String username, Instant now) {
        return store.write(h -> h.createUpdate("DELETE FROM portal_credential WHERE username = :u "
                        + "AND expires_ms > :now")
                .bind("u", username).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    /** Deletes every credential expired at {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return store.write(h -> h.createUpdate("DELETE FROM portal_credential WHERE expires_ms <= :now")
                .bind("now", now.toEpochMilli()).execute());
    }

    /** Unused, unexpired credentials at one gateway. */
    public int live(String gatewayId, Instant now) {
        return store.read(h -> live(h, gatewayId, now.toEpochMilli()));
    }

    private static int live(org.jdbi.v3.core.Handle h, String gatewayId, long now) {
        return h.createQuery("SELECT COUNT(*) FROM portal_credential WHERE gateway_id = :g AND expires_ms > :now")
                .bind("g", gatewayId).bind("now", now).mapTo(Integer.class).one();
    }

    private static String context(String username) {
        return "portal_credential.password/" + username;
    }

    private String hex(int bytes) {
        var b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
