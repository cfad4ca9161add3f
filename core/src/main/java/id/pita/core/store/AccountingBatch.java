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
 * The statements of {@link AccountingStore#apply} transactions on one connection. Each kind is prepared once and
 * bound per record: preparing (SQLite's parse and plan) cost more than running them. On SQLite's one writer
 * connection the same statements serve every batch ({@link #begin} starts the next); on PostgreSQL, whose writes
 * take a pooled connection each, they live for one transaction. The hourly roll-up is summed in memory and
 * written once per site and hour at the end of the batch, inside the same transaction, so it stays exactly the
 * sum of the sessions' growth. Not thread-safe: it is used inside one write transaction at a time.
 *
 * <p>{@code remember} (SQLite's writer): the counters of the open sessions it last wrote are kept in memory
 * (at most {@value #REMEMBERED} sessions, the least recently written dropped first), so that an interim of such a
 * session is one update without reading the row first. The memory is only a guess: that update changes the
 * row only where it still holds exactly the remembered counters and is open ({@code WHERE upload_bytes = ?
 * AND download_bytes = ? AND stopped_ms IS NULL ...}); where anything else changed the row (closed as stale,
 * by an Accounting-On, deleted, another process or node, a rolled-back batch), it changes nothing and the
 * record takes the path that reads the row, as without the memory. A session it does not remember is inserted
 * first, and read only if it is there already.
 */
final class AccountingBatch implements AutoCloseable {
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();
    /** {@code session.stop_reason} of a session ended by its Accounting Stop. */
    static final String STOP = "stop";
    /** Most open sessions whose counters the writer remembers (~200 bytes each). */
    static final int REMEMBERED = 16_384;

    private final Connection c;
    private final Dialect dialect;
    private final Map<String, Optional<AccountingStore.GatewaySite>> sites = new HashMap<>();
    private final Map<UsageKey, long[]> usage = new LinkedHashMap<>();
    /** Open sessions' counters as this connection last wrote them; null when not remembering. */
    private final Map<SessionKey, Known> known;
    private PreparedStatement insertRaw;
    private PreparedStatement findSite;
    private PreparedStatement findSession;
    private PreparedStatement insertSession;
    private PreparedStatement updateSession;
    private PreparedStatement updateOpenSession;
    private PreparedStatement upsertUsage;

    AccountingBatch(Connection c, Dialect dialect, boolean remember) {
        this.c = c;
        this.dialect = dialect;
        this.known = remember ? new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SessionKey, Known> eldest) {
                return size() > REMEMBERED;
            }
        } : null;
    }

    private record UsageKey(String site, String kind, long hour) {
    }

    private record SessionKey(String gatewayId, String acctSessionId) {
    }

    /** A session's row as read or written: its counters, address, and whether it is open (nothing to reopen). */
    private record Known(long up, long down, String ip, boolean open) {
    }

    /** The connection these statements are prepared on. */
    Connection connection() {
        return c;
    }

    /** Starts the next transaction's batch: gateways are looked up again (a district may have changed since). */
    void begin() {
        sites.clear();
        usage.clear();
    }

    /** Sessions remembered now (for tests). */
    int remembered() {
        return known == null ? 0 : known.size();
    }

    /** A gateway's site, looked up once per batch (a batch is mostly a few busy gateways). */
    Optional<AccountingStore.GatewaySite> siteOf(String gatewayId) throws SQLException {
        var site = sites.get(gatewayId);
        if (site != null) {
            return site;
        }
        if (findSite == null) {
            findSite = c.prepareStatement("SELECT g.site_code, s.kind FROM gateway g JOIN site s "
                    + "ON s.district_code = g.district_code AND s.code = g.site_code WHERE g.id = ? "
                    + "ORDER BY g.district_code LIMIT 1");
        }
        findSite.setString(1, gatewayId);
        site = Optional.empty();
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

    /** The session's row changes other than through {@link #upsertSession} (its key, say): forget it. */
    void forget(String gatewayId, String acctSessionId) {
        if (known != null) {
            known.remove(new SessionKey(gatewayId, acctSessionId));
        }
    }

    /**
     * Creates or updates the session a record belongs to and returns the growth of its counters,
     * {@code {upload, download}}, never negative.
     */
    long[] upsertSession(AccountingRecord r, AccountingStore.GatewaySite site) throws SQLException {
        var key = new SessionKey(r.gatewayId(), r.acctSessionId());
        long at = r.receivedAt().toEpochMilli();
        Long stopped = r.status() == AcctStatus.STOP ? at : null;
        Known prev = known == null ? null : known.remove(key);
        if (prev != null) {
            var delta = updateOpen(r, key, prev, at);
            if (delta != null) {
                return delta;
            }
            prev = null; // the row is not as remembered, or the record changes more: read it
        } else if (known != null) {
            // not remembered (new, or not written since this writer started): most such records are new sessions
            var delta = insertNew(r, key, site, at, stopped);
            if (delta != null) {
                return delta;
            }
        }
        for (int attempt = 0; prev == null; attempt++) {
            prev = previousCounters(r);
            if (prev == null) {
                if (attempt > 0) {
                    throw new SQLException("session " + key + " was neither inserted nor found");
                }
                var delta = insertNew(r, key, site, at, stopped);
                if (delta != null) {
                    return delta;
                }
                // Another node inserted this session since we looked (PostgreSQL): read it, now locked for us.
            }
        }
        var delta = updateOpen(r, key, prev, at);
        if (delta != null) {
            return delta;
        }
        long up = Math.max(prev.up(), r.uploadBytes());
        long down = Math.max(prev.down(), r.downloadBytes());
        updateSession(r, up, down, at, stopped);
        return new long[] {up - prev.up(), down - prev.down()};
    }

    /** Inserts a new session; its growth, or null if it is there already. */
    private long[] insertNew(AccountingRecord r, SessionKey key, AccountingStore.GatewaySite site, long at,
                             Long stopped) throws SQLException {
        // START, or an interim/stop whose START was lost: the session began sessionSeconds ago.
        long started = r.status() == AcctStatus.START ? at : at - r.sessionSeconds() * 1000;
        if (!insertSession(r, site, started, at, stopped)) {
            return null;
        }
        if (known != null && stopped == null) {
            known.put(key, new Known(r.uploadBytes(), r.downloadBytes(), r.ip(), true));
        }
        return new long[] {r.uploadBytes(), r.downloadBytes()};
    }

    /**
     * The common case: an interim (or Start) of an open session that keeps its address. Updates only counters and
     * times, no indexed column, so none of the session's five indexes is rewritten; and only if the row still
     * holds the counters {@code prev} says and is open. Returns the growth, or null where the record needs the
     * general update ({@link #updateSession}: a Stop, a new address, a closed session) or the row is not as
     * {@code prev} says.
     */
    private long[] updateOpen(AccountingRecord r, SessionKey key, Known prev, long at) throws SQLException {
        if (r.status() == AcctStatus.STOP || !prev.open() || !(r.ip().isEmpty() || r.ip().equals(prev.ip()))) {
            return null;
        }
        if (updateOpenSession == null) {
            updateOpenSession = c.prepareStatement("UPDATE session SET upload_bytes = ?, download_bytes = ?, "
                    + "session_seconds = CASE WHEN session_seconds > ? THEN session_seconds ELSE ? END, "
                    + "last_update_ms = CASE WHEN last_update_ms > ? THEN last_update_ms ELSE ? END "
                    + "WHERE gateway_id = ? AND acct_session_id = ? AND upload_bytes = ? AND download_bytes = ? "
                    + "AND stopped_ms IS NULL AND stop_reason = '' AND (? = '' OR ip = ?)");
        }
        long up = Math.max(prev.up(), r.uploadBytes());
        long down = Math.max(prev.down(), r.downloadBytes());
        var s = updateOpenSession;
        s.setLong(1, up);
        s.setLong(2, down);
        s.setLong(3, r.sessionSeconds());
        s.setLong(4, r.sessionSeconds());
        s.setLong(5, at);
        s.setLong(6, at);
        s.setString(7, r.gatewayId());
        s.setString(8, r.acctSessionId());
        s.setLong(9, prev.up());
        s.setLong(10, prev.down());
        s.setString(11, r.ip());
        s.setString(12, r.ip());
        if (s.executeUpdate() == 0) {
            return null;
        }
        if (known != null) {
            known.put(key, new Known(up, down, prev.ip(), true));
        }
        return new long[] {up - prev.up(), down - prev.down()};
    }

    /** The session's row (locked until commit on PostgreSQL), or null if there is none. */
    private Known previousCounters(AccountingRecord r) throws SQLException {
        if (findSession == null) {
            // Locked, so that two nodes' records of one session add their growth once.
            findSession = c.prepareStatement("SELECT upload_bytes, download_bytes, ip, "
                    + "CASE WHEN stopped_ms IS NULL AND stop_reason = '' THEN 1 ELSE 0 END FROM session "
                    + "WHERE gateway_id = ? AND acct_session_id = ?" + dialect.forUpdate());
        }
        findSession.setString(1, r.gatewayId());
        findSession.setString(2, r.acctSessionId());
        try (var rs = findSession.executeQuery()) {
            return rs.next() ? new Known(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4) == 1) : null;
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
        if (upsertUsage == null) {
            upsertUsage = c.prepareStatement("INSERT INTO usage_hourly (site_code, hour_start_ms, site_kind, "
                    + "upload_bytes, download_bytes) VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_code, hour_start_ms) "
                    + "DO UPDATE SET upload_bytes = usage_hourly.upload_bytes + excluded.upload_bytes, "
                    + "download_bytes = usage_hourly.download_bytes + excluded.download_bytes");
        }
        var s = upsertUsage;
        for (var e : usage.entrySet()) {
            s.setString(1, e.getKey().site());
            s.setLong(2, e.getKey().hour());
            s.setString(3, e.getKey().kind());
            s.setLong(4, e.getValue()[0]);
            s.setLong(5, e.getValue()[1]);
            s.executeUpdate();
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
        for (var s : new PreparedStatement[] {insertRaw, findSite, findSession, insertSession, updateSession,
                updateOpenSession, upsertUsage}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
