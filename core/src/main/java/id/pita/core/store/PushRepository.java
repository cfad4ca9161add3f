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
        recordAll(List.of(p), List.of());
    }

    /**
     * Records many pushes, and the rates the gateways acknowledged as the sessions' last pushed rates
     * ({@code session.pushed_down/up}), in ONE transaction: a regime switch pushes to every live session, and one
     * fsync'd transaction per result (100,000 of them) kept the results queued in memory for minutes.
     */
    public void recordAll(List<PushResult> results, List<PushResult> ackedRates) {
        if (results.isEmpty() && ackedRates.isEmpty()) {
            return;
        }
        store.writeVoid(h -> {
            for (var p : results) {
                insert(h, p);
            }
            for (var p : ackedRates) {
                int slash = p.sessionKey().indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                h.createUpdate("UPDATE session SET pushed_down = :d, pushed_up = :u WHERE gateway_id = :g "
                                + "AND acct_session_id = :s")
                        .bind("d", p.rate().down()).bind("u", p.rate().up())
                        .bind("g", p.sessionKey().substring(0, slash)).bind("s", p.sessionKey().substring(slash + 1))
                        .execute();
            }
        });
    }

    private static void insert(org.jdbi.v3.core.Handle h, PushResult p) {
        h.createUpdate("INSERT INTO push_result (gateway_id, session_key, kind, rate_down, "
                        + "rate_up, outcome, error_cause, attempts, at_ms, reason, fallback) VALUES (:g, :key, :kind, "
                        + ":down, :up, :outcome, :cause, :attempts, :at, :reason, :fallback)")
                .bind("g", p.gatewayId()).bind("key", p.sessionKey()).bind("kind", p.kind().name())
                .bind("down", p.rate().down()).bind("up", p.rate().up()).bind("outcome", p.outcome().name())
                .bind("cause", p.errorCause()).bind("attempts", p.attempts()).bind("at", p.at().toEpochMilli())
                .bind("reason", p.reason()).bind("fallback", p.fallback())
                .execute();
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
