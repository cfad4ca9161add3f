package id.pita.core.store;

import java.time.Instant;
import java.util.List;

import id.pita.core.district.Bandwidth;

/** The record of every CoA/Disconnect push and its result, for the console and for diagnosis. */
public final class PushRepository {
    private final Store store;

    PushRepository(Store store) {
        this.store = store;
    }

    public void record(PushResult p) {
        store.writeVoid(h -> h.createUpdate("INSERT INTO push_result (gateway_id, session_key, kind, rate_down, "
                        + "rate_up, outcome, error_cause, attempts, at_ms, reason, fallback) VALUES (:g, :key, :kind, "
                        + ":down, :up, :outcome, :cause, :attempts, :at, :reason, :fallback)")
                .bind("g", p.gatewayId()).bind("key", p.sessionKey()).bind("kind", p.kind().name())
                .bind("down", p.rate().down()).bind("up", p.rate().up()).bind("outcome", p.outcome().name())
                .bind("cause", p.errorCause()).bind("attempts", p.attempts()).bind("at", p.at().toEpochMilli())
                .bind("reason", p.reason()).bind("fallback", p.fallback())
                .execute());
    }

    /** The most recent pushes, newest first. */
    public List<PushResult> recent(int limit) {
        return store.read(h -> h.createQuery("SELECT * FROM push_result ORDER BY at_ms DESC, id DESC LIMIT :n")
                .bind("n", limit)
                .map((rs, ctx) -> new PushResult(rs.getString("gateway_id"), rs.getString("session_key"),
                        PushResult.Kind.valueOf(rs.getString("kind")),
                        new Bandwidth(rs.getLong("rate_down"), rs.getLong("rate_up")),
                        PushResult.Outcome.valueOf(rs.getString("outcome")), rs.getInt("error_cause"),
                        rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("reason"),
                        rs.getString("fallback")))
                .list());
    }
}
