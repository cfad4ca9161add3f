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
 * thrown away. Accounting-On/Off closes every session of that gateway still open. A Start closes the
 * same MAC's earlier open sessions at that gateway, and a Start that reuses a finished session's
 * Acct-Session-Id (RouterOS after a reboot) begins a new session.
 */
public final class AccountingStore {
    private static final Logger LOG = LoggerFactory.getLogger(AccountingStore.class);

    private final Store store;
    /** Whether the writer remembers open sessions' counters (SQLite: one writer connection, one writer thread). */
    private final boolean remember;
    /** SQLite: the writer connection's statements, kept from batch to batch; guarded by the store's write lock. */
    private AccountingBatch kept;

    /** {@code remember}: keep the writer's statements and open sessions' counters across batches (for tests). */
    AccountingStore(Store store, boolean remember) {
        this.store = store;
        this.remember = remember;
    }

    /** Stores a batch in one transaction, durable on return; returns how many records were new (not retransmissions). */
    public int apply(List<AccountingRecord> batch) {
        int fresh = applyUnsynced(batch);
        store.sync();
        return fresh;
    }

    /**
     * Stores a batch in one transaction, committed but durable only once {@link Store#sync()} returns after
     * this ({@link Store#writeUnsynced}): the group commit acknowledges after that sync, and writes the next
     * batch meanwhile. Returns how many records were new.
     */
    public int applyUnsynced(List<AccountingRecord> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return store.writeUnsynced(h -> {
            var statements = statements(h);
            try {
                int fresh = 0;
                for (var r : batch) {
                    if (applyOne(h, statements, r)) {
                        fresh++;
                    }
                }
                statements.flushUsage();
                return fresh;
            } catch (SQLException | RuntimeException e) {
                // rolled back: what the statements remember of this batch is not in the store
                discard(statements);
                statements = null;
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("accounting batch of " + batch.size() + " not stored: " + e.getMessage(), e);
            } finally {
                if (statements != null && statements != kept) {
                    discard(statements);
                }
            }
        });
    }

    /** The writer connection's kept statements (SQLite), or new ones for this transaction. */
    private AccountingBatch statements(Handle h) {
        var connection = h.getConnection();
        if (!remember) {
            return new AccountingBatch(connection, store.dialect(), false);
        }
        if (kept == null || kept.connection() != connection) {
            if (kept != null) {
                discard(kept);
            }
            kept = new AccountingBatch(connection, store.dialect(), true);
        }
        kept.begin();
        return kept;
    }

    /** Open sessions whose counters the writer remembers now (for tests). */
    int remembered() {
        return kept == null ? 0 : kept.remembered();
    }

    private void discard(AccountingBatch statements) {
        if (statements == kept) {
            kept = null;
        }
        try {
            statements.close();
        } catch (SQLException e) {
            LOG.debug("closing accounting statements: {}", e.toString());
        }
    }

    private static boolean applyOne(Handle h, AccountingBatch statements, AccountingRecord r) throws SQLException {
        var site = statements.siteOf(r.gatewayId());
        boolean restart = site.isPresent() && r.status() == AcctStatus.START && restartOfKnownSession(h, statements, r);
        long dedup = gatewayEvent(r) || restart ? r.receivedAt().toEpochMilli() : 0L;
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
        if (r.status() == AcctStatus.START) {
            closeEarlierSessionsOfMac(h, r);
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

    /**
     * RouterOS's Acct-Session-Id has one symbol that counts reboots and repeats after some [GATEWAYS.md]:
     * a Start for a (gateway, session id) the store knows, whose session has already counted traffic or
     * time or is stopped, while the Start's counters are at zero, is a new session, not a retransmission.
     * The old one is kept under {@code id#startedMs}, closed with reason {@code restarted} (at its last
     * accounting) if still open, so the new Start gets the key. Returns whether that happened.
     */
    private static boolean restartOfKnownSession(Handle h, AccountingBatch statements, AccountingRecord r) {
        if (r.uploadBytes() != 0 || r.downloadBytes() != 0 || r.sessionSeconds() != 0) {
            return false;
        }
        var old = h.createQuery("SELECT started_ms FROM session WHERE gateway_id = :g AND acct_session_id = :s "
                        + "AND (upload_bytes > 0 OR download_bytes > 0 OR session_seconds > 0 OR stopped_ms IS NOT NULL)")
                .bind("g", r.gatewayId()).bind("s", r.acctSessionId()).mapTo(Long.class).findOne();
        if (old.isEmpty()) {
            return false;
        }
        h.createUpdate("UPDATE session SET acct_session_id = :archived, "
                        + "stop_reason = CASE WHEN stopped_ms IS NULL THEN 'restarted' ELSE stop_reason END, "
                        + "stopped_ms = COALESCE(stopped_ms, last_update_ms) WHERE gateway_id = :g "
                        + "AND acct_session_id = :s")
                .bind("archived", r.acctSessionId() + "#" + old.get())
                .bind("g", r.gatewayId()).bind("s", r.acctSessionId()).execute();
        statements.forget(r.gatewayId(), r.acctSessionId());
        LOG.info("Gateway {} reused Acct-Session-Id {} after a restart: a new session", r.gatewayId(),
                r.acctSessionId());
        return true;
    }

    /** One MAC has one session at a gateway: a new Start closes its earlier open ones there ({@code replaced}). */
    private static void closeEarlierSessionsOfMac(Handle h, AccountingRecord r) {
        if (r.mac().isEmpty()) {
            return;
        }
        // it ended some time after it was last heard of: that is its end, not this Start's time
        int closed = h.createUpdate("UPDATE session SET stopped_ms = last_update_ms, stop_reason = 'replaced' "
                        + "WHERE gateway_id = :g AND mac = :m AND stopped_ms IS NULL AND acct_session_id <> :s "
                        + "AND started_ms <= :at")
                .bind("at", r.receivedAt().toEpochMilli()).bind("g", r.gatewayId()).bind("m", r.mac())
                .bind("s", r.acctSessionId()).execute();
        if (closed > 0) {
            LOG.info("Start of {} at gateway {} closed {} earlier sessions of its MAC", r.acctSessionId(),
                    r.gatewayId(), closed);
        }
    }

    /** A gateway's site and that site's kind. */
    record GatewaySite(String code, String kind) {
    }
}
