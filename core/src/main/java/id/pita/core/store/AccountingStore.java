package id.pita.core.store;

import java.sql.SQLException;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;

/**
 * Makes accounting durable. {@link #apply} is the RADIUS server's group commit: one transaction per
 * batch, which on return is on disk (synchronous=FULL), so the server may then acknowledge every
 * record in it.
 *
 * <p>Per record: the raw row is inserted; if an identical one (same gateway, Acct-Session-Id,
 * status and counters) is already there, the record is a retransmission and nothing else happens.
 * Otherwise the session is created or updated, and the growth of its counters since the session's
 * previous values is added to {@code usage_hourly} for the hour (UTC) the record was received.
 * Counters never go backwards: an older interim arriving late adds nothing. A record from a gateway
 * the store does not know is kept raw with site {@code ''} and rolls up nothing: accounting is never
 * thrown away. Accounting-On/Off closes every session of that gateway still open.
 */
public final class AccountingStore {
    private static final Logger LOG = LoggerFactory.getLogger(AccountingStore.class);

    private final Store store;

    AccountingStore(Store store) {
        this.store = store;
    }

    /** Stores a batch in one transaction; returns how many records were new (not retransmissions). */
    public int apply(List<AccountingRecord> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return store.write(h -> {
            try (var statements = new AccountingBatch(h.getConnection())) {
                int fresh = 0;
                for (var r : batch) {
                    if (applyOne(h, statements, r)) {
                        fresh++;
                    }
                }
                statements.flushUsage();
                return fresh;
            } catch (SQLException e) {
                throw new StoreException("accounting batch of " + batch.size() + " not stored: " + e.getMessage(), e);
            }
        });
    }

    private static boolean applyOne(Handle h, AccountingBatch statements, AccountingRecord r) throws SQLException {
        var site = statements.siteOf(r.gatewayId());
        long dedup = gatewayEvent(r) ? r.receivedAt().toEpochMilli() : 0L;
        if (!statements.insertRaw(r, site.map(GatewaySite::code).orElse(""), dedup)) {
            LOG.debug("Accounting retransmission ignored: {} {} {}", r.gatewayId(), r.acctSessionId(), r.status());
            return false;
        }
        if (site.isEmpty()) {
            LOG.warn("Accounting from unknown gateway '{}' kept raw, not rolled up", r.gatewayId());
            return true;
        }
        if (gatewayEvent(r)) {
            closeSessionsOf(h, r);
            return true;
        }
        var delta = statements.upsertSession(r, site.get());
        if (delta[0] > 0 || delta[1] > 0) {
            statements.addUsage(site.get(), r.receivedAt().toEpochMilli(), delta[0], delta[1]);
        }
        return true;
    }

    private static boolean gatewayEvent(AccountingRecord r) {
        return r.status() == AcctStatus.ACCOUNTING_ON || r.status() == AcctStatus.ACCOUNTING_OFF;
    }

    /** Accounting-On/Off: the gateway restarted or is stopping; none of its sessions survive [RFC 2866 §5.1]. */
    private static void closeSessionsOf(Handle h, AccountingRecord r) {
        long at = r.receivedAt().toEpochMilli();
        var reason = r.status() == AcctStatus.ACCOUNTING_ON ? "accounting-on" : "accounting-off";
        int closed = h.createUpdate("UPDATE session SET stopped_ms = :at, stop_reason = :reason WHERE gateway_id = :g "
                        + "AND stopped_ms IS NULL AND started_ms <= :at")
                .bind("at", at).bind("reason", reason).bind("g", r.gatewayId()).execute();
        LOG.info("Gateway {} sent {}: closed {} sessions", r.gatewayId(), r.status(), closed);
    }

    /** A gateway's site and that site's kind. */
    record GatewaySite(String code, String kind) {
    }
}
