package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pita.core.session.GatewayActivity;

/** Each gateway's last activity ({@link GatewayActivity}), saved in batches and loaded at start. */
public final class GatewayActivityRepository {
    private final Store store;

    GatewayActivityRepository(Store store) {
        this.store = store;
    }

    /** Writes these gateways' rows (insert or replace), in one transaction. */
    public void saveAll(List<GatewayActivity> rows) {
        if (rows.isEmpty()) {
            return;
        }
        store.writeVoid(h -> {
            var batch = h.prepareBatch("INSERT INTO gateway_activity (gateway_id, last_access_request_ms, "
                    + "last_accept_ms, last_accounting_ms, last_coa_ack_ms, unsigned_requests, signs) "
                    + "VALUES (:g, :req, :acc, :acct, :coa, :unsigned, :signs) ON CONFLICT (gateway_id) DO UPDATE SET "
                    + "last_access_request_ms = excluded.last_access_request_ms, "
                    + "last_accept_ms = excluded.last_accept_ms, last_accounting_ms = excluded.last_accounting_ms, "
                    + "last_coa_ack_ms = excluded.last_coa_ack_ms, unsigned_requests = excluded.unsigned_requests, "
                    + "signs = excluded.signs");
            for (var r : rows) {
                batch.bind("g", r.gatewayId()).bind("req", ms(r.lastAccessRequest())).bind("acc", ms(r.lastAccept()))
                        .bind("acct", ms(r.lastAccounting())).bind("coa", ms(r.lastCoaAck()))
                        .bind("unsigned", r.unsignedRequests()).bind("signs", r.signs()).add();
            }
            batch.execute();
        });
    }

    public List<GatewayActivity> all() {
        return store.read(h -> h.createQuery("SELECT * FROM gateway_activity ORDER BY gateway_id")
                .map((rs, ctx) -> map(rs)).list());
    }

    private static GatewayActivity map(ResultSet rs) throws SQLException {
        return new GatewayActivity(rs.getString("gateway_id"), instant(rs, "last_access_request_ms"),
                instant(rs, "last_accept_ms"), instant(rs, "last_accounting_ms"), instant(rs, "last_coa_ack_ms"),
                rs.getLong("unsigned_requests"), rs.getBoolean("signs"));
    }

    private static Long ms(Optional<Instant> at) {
        return at.map(Instant::toEpochMilli).orElse(null);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    }
}
