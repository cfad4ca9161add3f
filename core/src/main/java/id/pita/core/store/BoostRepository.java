package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.BoostState;

/** Offices' boost requests and Diskominfo's decisions. */
public final class BoostRepository {
    private final Store store;

    BoostRepository(Store store) {
        this.store = store;
    }

    /** Stores a new request (its id and state are ignored: it is stored as REQUESTED); returns it with its id. */
    public Boost request(Boost b) {
        long id = store.write(h -> h.createUpdate("INSERT INTO boost (site_code, extra_down, extra_up, from_ms, "
                        + "until_ms, reason, state, requested_by, decided_by) VALUES (:site, :down, :up, :from, "
                        + ":until, :reason, 'REQUESTED', :by, '')")
                .bind("site", b.siteCode()).bind("down", b.extra().down()).bind("up", b.extra().up())
                .bind("from", b.from().toEpochMilli()).bind("until", b.until().toEpochMilli())
                .bind("reason", b.reason()).bind("by", b.requestedBy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Boost(id, b.siteCode(), b.extra(), b.from(), b.until(), b.reason(), BoostState.REQUESTED,
                b.requestedBy(), "");
    }

    /**
     * Approves, rejects or cancels a request that is still REQUESTED (or cancels or revokes an approved one).
     * Returns the boost as it now is; empty if there is no such boost or it was already decided.
     */
    public Optional<Boost> decide(long id, BoostState decision, String decidedBy) {
        if (decision == BoostState.REQUESTED) {
            throw new IllegalArgumentException("a decision must be APPROVED, REJECTED, CANCELLED or REVOKED");
        }
        var allowedFrom = decision == BoostState.CANCELLED ? "('REQUESTED', 'APPROVED')"
                : decision == BoostState.REVOKED ? "('APPROVED')" : "('REQUESTED')";
        return store.write(h -> {
            int n = h.createUpdate("UPDATE boost SET state = :state, decided_by = :by WHERE id = :id AND state IN "
                            + allowedFrom)
                    .bind("state", decision.name()).bind("by", decidedBy).bind("id", id).execute();
            if (n == 0) {
                return Optional.empty();
            }
            return h.createQuery("SELECT * FROM boost WHERE id = :id").bind("id", id)
                    .map((rs, ctx) -> map(rs)).findOne();
        });
    }

    public Optional<Boost> byId(long id) {
        return store.read(h -> h.createQuery("SELECT * FROM boost WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Approved boosts whose window contains {@code at}. */
    public List<Boost> activeAt(Instant at) {
        long t = at.toEpochMilli();
        return store.read(h -> h.createQuery("SELECT * FROM boost WHERE state = 'APPROVED' AND from_ms <= :t "
                        + "AND until_ms > :t ORDER BY site_code, id")
                .bind("t", t).map((rs, ctx) -> map(rs)).list());
    }

    /** A site's boosts, newest window first. */
    public List<Boost> bySite(String siteCode) {
        return store.read(h -> h.createQuery("SELECT * FROM boost WHERE site_code = :s ORDER BY from_ms DESC, id DESC")
                .bind("s", siteCode).map((rs, ctx) -> map(rs)).list());
    }

    /** Requests waiting for a decision, oldest first. */
    public List<Boost> pending() {
        return store.read(h -> h.createQuery("SELECT * FROM boost WHERE state = 'REQUESTED' ORDER BY id")
                .map((rs, ctx) -> map(rs)).list());
    }

    private static Boost map(ResultSet rs) throws SQLException {
        return new Boost(rs.getLong("id"), rs.getString("site_code"),
                new Bandwidth(rs.getLong("extra_down"), rs.getLong("extra_up")),
                Instant.ofEpochMilli(rs.getLong("from_ms")), Instant.ofEpochMilli(rs.getLong("until_ms")),
                rs.getString("reason"), BoostState.valueOf(rs.getString("state")), rs.getString("requested_by"),
                rs.getString("decided_by"));
    }
}
