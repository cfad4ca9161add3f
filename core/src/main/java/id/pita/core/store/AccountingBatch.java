package id.pita.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;

/**
 * The statements of one {@link AccountingStore#apply} transaction on the writer connection. Each kind is
 * prepared once per batch and bound per record: preparing (SQLite's parse and plan) cost more than running
 * them. The hourly roll-up is summed in memory and written once per site and hour at the end of the batch,
 * inside the same transaction, so it stays exactly the sum of the sessions' growth. Not thread-safe: it lives
 * inside one write transaction.
 */
final class AccountingBatch implements AutoCloseable {
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();
    /** {@code session.stop_reason} of a session ended by its Accounting Stop. */
    static final String STOP = "stop";

    private final Connection c;
    private final Dialect dialect;
    private final Map<String, Optional<AccountingStore.GatewaySite>> sites = new HashMap<>();
    private final Map<UsageKey, long[]> usage = new LinkedHashMap<>();
    private PreparedStatement insertRaw;
    private PreparedStatement findSite;
    private PreparedStatement findSession;
    private PreparedStatement insertSession;
    private PreparedStatement updateSession;

    AccountingBatch(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    private record UsageKey(String site, String kind, long hour) {
    }

    /** A gateway's site, looked up once per batch (a batch is mostly a few busy gateways). */
    Optional<AccountingStore.GatewaySite> siteOf(String gatewayId) throws SQLException {
        var known = sites.get(gatewayId);
        if (known != null) {
            return known;
        }
        if (findSite == null) {
            findSite = c.prepareStatement("SELECT g.site_code, s.kind FROM gateway g JOIN site s "
                    + "ON s.district_code = g.district_code AND s.code = g.site_code WHERE g.id = ? "
                    + "ORDER BY g.district_code LIMIT 1");
        }
        findSite.setString(1, gatewayId);
        Optional<AccountingStore.GatewaySite> site = Optional.empty();
        try (var rs = findSite.executeQuery()) {
            if (rs.next()) {
                site = Optional.of(new AccountingStore.GatewaySite(rs.getString(1), rs.getString(2)));
            }
        }
        sites.put(gatewayId, site);
        return site;
    }

    /** Inserts the raw row; false if an identical one is already there (a retransmission). */
    boolean insertRaw(AccountingRecord r, String siteCode, long dedupMs) throws SQLException {
        if (insertRaw == null) {
            insertRaw = c.prepareStatement("INSERT INTO accounting (gateway_id, acct_session_id, status, site_code, "
                    + "username, mac, ip, upload_bytes, download_bytes, session_seconds, terminate_cause, "
                    + "received_ms, dedup_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (gateway_id, acct_session_id, status, upload_bytes, download_bytes, "
                    + "session_seconds, dedup_ms) DO NOTHING");
        }
        var s = insertRaw;
        s.setString(1, r.gatewayId());
        s.setString(2, r.acctSessionId());
        s.setString(3, r.status().name());
        s.setString(4, siteCode);
        s.setString(5, r.username());
        s.setString(6, r.mac());
        s.setString(7, r.ip());
        s.setLong(8, r.uploadBytes());
        s.setLong(9, r.downloadBytes());
        s.setLong(10, r.sessionSeconds());
        s.setString(11, r.terminateCause());
        s.setLong(12, r.receivedAt().toEpochMilli());
        s.setLong(13, dedupMs);
        return s.executeUpdate() > 0;
    }

    /**
     * Creates or updates the session a record belongs to and returns the growth of its counters,
     * {@code {upload, download}}, never negative.
     */
    long[] upsertSession(AccountingRecord r, AccountingStore.GatewaySite site) throws SQLException {
        var prev = previousCounters(r);
        long at = r.receivedAt().toEpochMilli();
        Long stopped = r.status() == AcctStatus.STOP ? at : null;
        if (prev == null) {
            // START, or an interim/stop whose START was lost: the session began sessionSeconds ago.
            long started = r.status() == AcctStatus.START ? at : at - r.sessionSeconds() * 1000;
            if (insertSession(r, site, started, at, stopped)) {
                return new long[] {r.uploadBytes(), r.downloadBytes()};
            }
            // Another node inserted this session since we looked (PostgreSQL): its row is now locked for us.
            prev = previousCounters(r);
        }
        long up = Math.max(prev[0], r.uploadBytes());
        long down = Math.max(prev[1], r.downloadBytes());
        updateSession(r, up, down, at, stopped);
        return new long[] {up - prev[0], down - prev[1]};
    }

    private long[] previousCounters(AccountingRecord r) throws SQLException {
        if (findSession == null) {
            // Locked until commit on PostgreSQL, so that two nodes' records of one session add their growth once.
            findSession = c.prepareStatement("SELECT upload_bytes, download_bytes FROM session "
                    + "WHERE gateway_id = ? AND acct_session_id = ?" + dialect.forUpdate());
        }
        findSession.setString(1, r.gatewayId());
        findSession.setString(2, r.acctSessionId());
        try (var rs = findSession.executeQuery()) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
        }
    }

    /** Inserts the session's row; false if it is there already (inserted meanwhile by another node). */
    private boolean insertSession(AccountingRecord r, AccountingStore.GatewaySite site, long started, long at,
                               Long stopped) throws SQLException {
        if (insertSession == null) {
            insertSession = c.prepareStatement("INSERT INTO session (gateway_id, acct_session_id, username, "
                    + "site_code, site_kind, mac, ip, started_ms, last_update_ms, upload_bytes, download_bytes, "
                    + "session_seconds, pushed_down, pushed_up, stopped_ms, stop_reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?) "
                    + "ON CONFLICT (gateway_id, acct_session_id) DO NOTHING");
        }
        var s = insertSession;
        s.setString(1, r.gatewayId());
        s.setString(2, r.acctSessionId());
        s.setString(3, r.username());
        s.setString(4, site.code());
        s.setString(5, site.kind());
        s.setString(6, r.mac());
        s.setString(7, r.ip());
        s.setLong(8, started);
        s.setLong(9, at);
        s.setLong(10, r.uploadBytes());
        s.setLong(11, r.downloadBytes());
        s.setLong(12, r.sessionSeconds());
        setNullable(s, 13, stopped);
        s.setString(14, stopped == null ? "" : STOP);
        return s.executeUpdate() > 0;
    }

    private void updateSession(AccountingRecord r, long up, long down, long at, Long stopped) throws SQLException {
        if (updateSession == null) {
            // Plain ? markers, each value bound where it is used: PostgreSQL's driver has no numbered ?N.
            updateSession = c.prepareStatement("UPDATE session SET upload_bytes = ?, download_bytes = ?, "
                    + "session_seconds = CASE WHEN session_seconds > ? THEN session_seconds ELSE ? END, "
                    + "last_update_ms = CASE WHEN last_update_ms > ? THEN last_update_ms ELSE ? END, "
                    + "ip = CASE WHEN ? = '' THEN ip ELSE ? END, "
                    // a session closed as stale was only presumed gone: its gateway speaking again reopens it
                    + "stopped_ms = CASE WHEN stop_reason = 'stale' THEN ? ELSE COALESCE(stopped_ms, ?) END, "
                    + "stop_reason = CASE WHEN stop_reason = 'stale' OR stopped_ms IS NULL "
                    + "THEN CASE WHEN ? IS NULL THEN '' ELSE 'stop' END ELSE stop_reason END "
                    + "WHERE gateway_id = ? AND acct_session_id = ?");
        }
        var s = updateSession;
        s.setLong(1, up);
        s.setLong(2, down);
        s.setLong(3, r.sessionSeconds());
        s.setLong(4, r.sessionSeconds());
        s.setLong(5, at);
        s.setLong(6, at);
        s.setString(7, r.ip());
        s.setString(8, r.ip());
        setNullable(s, 9, stopped);
        setNullable(s, 10, stopped);
        setNullable(s, 11, stopped);
        s.setString(12, r.gatewayId());
        s.setString(13, r.acctSessionId());
        s.executeUpdate();
    }

    /** Adds growth to the site's hour (UTC) in memory; {@link #flushUsage} writes it. */
    void addUsage(AccountingStore.GatewaySite site, long atMs, long up, long down) {
        long hour = Math.floorDiv(atMs, HOUR_MS) * HOUR_MS;
        var sum = usage.computeIfAbsent(new UsageKey(site.code(), site.kind(), hour), k -> new long[2]);
        sum[0] += up;
        sum[1] += down;
    }

    /** Writes the batch's roll-up: one upsert per site and hour. */
    void flushUsage() throws SQLException {
        if (usage.isEmpty()) {
            return;
        }
        try (var s = c.prepareStatement("INSERT INTO usage_hourly (site_code, hour_start_ms, site_kind, "
                + "upload_bytes, download_bytes) VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_code, hour_start_ms) "
                + "DO UPDATE SET upload_bytes = usage_hourly.upload_bytes + excluded.upload_bytes, "
                + "download_bytes = usage_hourly.download_bytes + excluded.download_bytes")) {
            for (var e : usage.entrySet()) {
                s.setString(1, e.getKey().site());
                s.setLong(2, e.getKey().hour());
                s.setString(3, e.getKey().kind());
                s.setLong(4, e.getValue()[0]);
                s.setLong(5, e.getValue()[1]);
                s.executeUpdate();
            }
        }
        usage.clear();
    }

    private static void setNullable(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        for (var s : new PreparedStatement[] {insertRaw, findSite, findSession, insertSession, updateSession}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
