package id.pita.core.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

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
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();

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
            int fresh = 0;
            // A batch is mostly a few busy gateways: look each one up once.
            var sites = new HashMap<String, Optional<GatewaySite>>();
            for (var r : batch) {
                var site = sites.computeIfAbsent(r.gatewayId(), g -> siteOf(h, g));
                if (applyOne(h, r, site)) {
                    fresh++;
                }
            }
            return fresh;
        });
    }

    private static boolean applyOne(Handle h, AccountingRecord r, Optional<GatewaySite> site) {
        int inserted = h.createUpdate("INSERT INTO accounting (gateway_id, acct_session_id, status, site_code, "
                        + "username, mac, ip, upload_bytes, download_bytes, session_seconds, terminate_cause, "
                        + "received_ms, dedup_ms) "
                        + "VALUES (:g, :s, :status, :site, :user, :mac, :ip, :up, :down, :secs, :cause, :at, :dedup) "
                        + "ON CONFLICT (gateway_id, acct_session_id, status, upload_bytes, download_bytes, "
                        + "session_seconds, dedup_ms) DO NOTHING")
                .bind("g", r.gatewayId()).bind("s", r.acctSessionId()).bind("status", r.status().name())
                .bind("site", site.map(GatewaySite::code).orElse("")).bind("user", r.username())
                .bind("mac", r.mac()).bind("ip", r.ip()).bind("up", r.uploadBytes()).bind("down", r.downloadBytes())
                .bind("secs", r.sessionSeconds()).bind("cause", r.terminateCause())
                .bind("at", r.receivedAt().toEpochMilli())
                .bind("dedup", gatewayEvent(r) ? r.receivedAt().toEpochMilli() : 0L).execute();
        if (inserted == 0) {
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
        var delta = SessionRows.upsert(h, r, site.get());
        if (delta[0] > 0 || delta[1] > 0) {
            addUsage(h, site.get(), r.receivedAt().toEpochMilli(), delta[0], delta[1]);
        }
        return true;
    }

    private static boolean gatewayEvent(AccountingRecord r) {
        return r.status() == AcctStatus.ACCOUNTING_ON || r.status() == AcctStatus.ACCOUNTING_OFF;
    }

    /** Accounting-On/Off: the gateway restarted or is stopping; none of its sessions survive [RFC 2866 §5.1]. */
    private static void closeSessionsOf(Handle h, AccountingRecord r) {
        long at = r.receivedAt().toEpochMilli();
        int closed = h.createUpdate("UPDATE session SET stopped_ms = :at WHERE gateway_id = :g AND stopped_ms IS NULL "
                        + "AND started_ms <= :at")
                .bind("at", at).bind("g", r.gatewayId()).execute();
        LOG.info("Gateway {} sent {}: closed {} sessions", r.gatewayId(), r.status(), closed);
    }

    /** A gateway's site and that site's kind. */
    record GatewaySite(String code, String kind) {
    }

    private static Optional<GatewaySite> siteOf(Handle h, String gatewayId) {
        return h.createQuery("SELECT g.site_code, s.kind FROM gateway g JOIN site s "
                        + "ON s.district_code = g.district_code AND s.code = g.site_code WHERE g.id = :g "
                        + "ORDER BY g.district_code")
                .bind("g", gatewayId)
                .map((rs, ctx) -> new GatewaySite(rs.getString(1), rs.getString(2)))
                .findFirst();
    }

    private static void addUsage(Handle h, GatewaySite site, long atMs, long up, long down) {
        long hour = Math.floorDiv(atMs, HOUR_MS) * HOUR_MS;
        h.createUpdate("INSERT INTO usage_hourly (site_code, hour_start_ms, site_kind, upload_bytes, download_bytes) "
                        + "VALUES (:site, :hour, :kind, :up, :down) ON CONFLICT (site_code, hour_start_ms) DO UPDATE "
                        + "SET upload_bytes = usage_hourly.upload_bytes + excluded.upload_bytes, "
                        + "download_bytes = usage_hourly.download_bytes + excluded.download_bytes")
                .bind("site", site.code()).bind("hour", hour).bind("kind", site.kind())
                .bind("up", up).bind("down", down).execute();
    }
}
