package id.pita.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;

/** Sessions as folded from accounting: who is online, the rate last pushed, daily use, privacy purge. */
public final class SessionRepository {
    private static final String ONLINE = "SELECT * FROM session WHERE stopped_ms IS NULL ";
    private static final String DAILY_USAGE = "SELECT COALESCE(SUM(upload_bytes + download_bytes), 0), "
            + "COALESCE(SUM(session_seconds), 0) FROM session WHERE (mac = ? OR username = ?) "
            + "AND ? <> '' AND started_ms >= ? AND started_ms < ?";
    // Every MAC online now with what it (as MAC, or as login without that MAC) used on the day: the three branches
    // give each online MAC a row, its sessions by MAC, and its sessions by login under another MAC, so that the sum
    // is DAILY_USAGE's (mac = m OR username = m) for every m at once. Both joins run on session_by_mac /
    // session_by_user (mac or username, started_ms).
    private static final String ONLINE_MACS = "SELECT DISTINCT mac FROM session WHERE stopped_ms IS NULL AND mac <> ''";
    private static final String DAILY_USAGE_OF_ONLINE = "SELECT k, SUM(b), SUM(t) FROM ("
            + "SELECT o.mac AS k, 0 AS b, 0 AS t FROM (" + ONLINE_MACS + ") o "
            + "UNION ALL SELECT o.mac, s.upload_bytes + s.download_bytes, s.session_seconds FROM (" + ONLINE_MACS
            + ") o JOIN session s ON s.mac = o.mac WHERE s.started_ms >= ? AND s.started_ms < ? "
            + "UNION ALL SELECT o.mac, s.upload_bytes + s.download_bytes, s.session_seconds FROM (" + ONLINE_MACS
            + ") o JOIN session s ON s.username = o.mac WHERE s.mac <> o.mac AND s.started_ms >= ? AND s.started_ms < ?"
            + ") u GROUP BY k";
    // One row or none, so the answer reads the same on SQLite (EXISTS is 0/1) and PostgreSQL (EXISTS is boolean).
    private static final String MAC_ONLINE = "SELECT 1 FROM session WHERE mac = ? AND stopped_ms IS NULL LIMIT 1";
    private final Store store;

    SessionRepository(Store store) {
        this.store = store;
    }

    public List<Session> online() {
        return query(ONLINE + "ORDER BY gateway_id, acct_session_id", "", "");
    }

    public List<Session> onlineAtSite(String siteCode) {
        return query(ONLINE + "AND site_code = :v ORDER BY gateway_id, acct_session_id", "v", siteCode);
    }

    public List<Session> onlineAtGateway(String gatewayId) {
        return query(ONLINE + "AND gateway_id = :v ORDER BY acct_session_id", "v", gatewayId);
    }

    /** A session by its key {@code gatewayId/acctSessionId} (see {@link Session#key()}). */
    public Optional<Session> byKey(String key) {
        var k = split(key);
        return store.read(h -> h.createQuery("SELECT * FROM session WHERE gateway_id = :g AND acct_session_id = :s")
                .bind("g", k[0]).bind("s", k[1]).map((rs, ctx) -> new SessionRows().map(rs)).findOne());
    }

    /** Whether a device with this MAC has a session online; read at every log-in (a prepared read, Store.query). */
    public boolean isOnline(String mac) {
        return store.query(MAC_ONLINE, q -> q.setString(1, mac), rs -> rs.next());
    }

    /**
     * Up to {@code limit} distinct MACs online at this IP (Framed-IP-Address); sessions without a MAC are left
     * out. The caller asks for 2 to tell "exactly one device" from "shared".
     */
    public List<String> onlineMacsAt(String ip, int limit) {
        return store.read(h -> h.createQuery("SELECT DISTINCT mac FROM session WHERE ip = :ip "
                        + "AND stopped_ms IS NULL AND mac <> '' ORDER BY mac LIMIT :n")
                .bind("ip", ip).bind("n", limit).mapTo(String.class).list());
    }

    /** Sessions online per gateway id, for gateways that have any. */
    public java.util.Map<String, Integer> onlineByGateway() {
        return store.read(h -> h.createQuery("SELECT gateway_id, COUNT(*) AS n FROM session WHERE stopped_ms IS NULL "
                        + "GROUP BY gateway_id")
                .reduceRows(new java.util.HashMap<String, Integer>(), (m, row) -> {
                    m.put(row.getColumn("gateway_id", String.class), row.getColumn("n", Integer.class));
                    return m;
                }));
    }

    /** Records the rate last sent to the gateway; returns false if there is no such session. */
    public boolean updatePushed(String key, Bandwidth rate) {
        var k = split(key);
        return store.write(h -> h.createUpdate("UPDATE session SET pushed_down = :d, pushed_up = :u "
                        + "WHERE gateway_id = :g AND acct_session_id = :s")
                .bind("d", rate.down()).bind("u", rate.up()).bind("g", k[0]).bind("s", k[1]).execute() == 1);
    }

    /**
     * Bytes (both ways) and seconds of the sessions of one MAC or login that started on a local day
     * in {@code zone}. A session that runs past midnight counts on the day it started.
     */
    public DailyUsage dailyUsage(String macOrUsername, LocalDate day, ZoneId zone) {
        long[] bounds = dayBounds(day, zone);
        // every log-in reads this (portal and RADIUS side): a statement prepared once per read connection
        return store.query(DAILY_USAGE, q -> {
            q.setString(1, macOrUsername);
            q.setString(2, macOrUsername);
            q.setString(3, macOrUsername);
            q.setLong(4, bounds[0]);
            q.setLong(5, bounds[1]);
        }, rs -> {
            rs.next();
            return new DailyUsage(rs.getLong(1), rs.getLong(2));
        });
    }

    /**
     * {@link #dailyUsage} of every MAC that has a session online now, in one statement: what a control round reads
     * for all its sessions (100,000 one-MAC reads took most of a round on PostgreSQL). A MAC whose sessions had all
     * ended by the time of this read is not in the map.
     */
    public java.util.Map<String, DailyUsage> dailyUsageOfOnline(LocalDate day, ZoneId zone) {
        long[] bounds = dayBounds(day, zone);
        return store.query(DAILY_USAGE_OF_ONLINE, q -> {
            q.setLong(1, bounds[0]);
            q.setLong(2, bounds[1]);
            q.setLong(3, bounds[0]);
            q.setLong(4, bounds[1]);
        }, rs -> {
            var used = new java.util.HashMap<String, DailyUsage>();
            while (rs.next()) {
                used.put(rs.getString(1), new DailyUsage(rs.getLong(2), rs.getLong(3)));
            }
            return used;
        });
    }

    /** How many sessions started in {@code [from, to)} at each site that had any (the public status page). */
    public java.util.Map<String, Long> startedPerSite(Instant from, Instant to) {
        return store.read(h -> h.createQuery("SELECT site_code, COUNT(*) AS n FROM session WHERE started_ms >= :from "
                        + "AND started_ms < :to GROUP BY site_code ORDER BY site_code")
                .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .reduceRows(new java.util.TreeMap<String, Long>(), (m, row) -> {
                    m.put(row.getColumn("site_code", String.class), row.getColumn("n", Long.class));
                    return m;
                }));
    }

    /**
     * Closes, with reason {@code stale}, every online session whose last accounting is older than
     * {@code silence} before {@code now} (a gateway that stopped sending interims: powered off, link
     * down, accounting disabled), as ended at that last accounting. An interim arriving later reopens it.
     * Returns how many were closed.
     */
    public int closeStale(Instant now, java.time.Duration silence) {
        long cut = now.minus(silence).toEpochMilli();
        // it ended some time after its last accounting: that is the end the reports see
        return store.write(h -> h.createUpdate("UPDATE session SET stopped_ms = last_update_ms, "
                        + "stop_reason = 'stale' WHERE stopped_ms IS NULL AND last_update_ms < :cut")
                .bind("cut", cut).execute());
    }

    /** Why a session was closed ({@code stop}, {@code accounting-on}, {@code stale}, ...); empty while online. */
    public Optional<String> stopReason(String key) {
        var k = split(key);
        return store.read(h -> h.createQuery("SELECT stop_reason FROM session WHERE gateway_id = :g "
                        + "AND acct_session_id = :s").bind("g", k[0]).bind("s", k[1]).mapTo(String.class).findOne());
    }

    /**
     * Blanks MAC and IP addresses of sessions stopped before {@code olderThan} and of raw accounting
     * received before it (UU 27/2022: personal data kept no longer than needed). Returns rows changed.
     */
    public int purgePersonalData(Instant olderThan) {
        long cut = olderThan.toEpochMilli();
        return store.write(h -> h.createUpdate("UPDATE session SET mac = '', ip = '' WHERE stopped_ms IS NOT NULL "
                        + "AND stopped_ms < :cut AND (mac <> '' OR ip <> '')").bind("cut", cut).execute()
                + h.createUpdate("UPDATE accounting SET mac = '', ip = '' WHERE received_ms < :cut "
                        + "AND (mac <> '' OR ip <> '')").bind("cut", cut).execute());
    }

    /** Epoch milliseconds of {@code day} 00:00 and of the next day's 00:00 in {@code zone}. */
    private static long[] dayBounds(LocalDate day, ZoneId zone) {
        return new long[] {day.atStartOfDay(zone).toInstant().toEpochMilli(),
                day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()};
    }

    private List<Session> query(String sql, String name, String value) {
        return store.read(h -> bind(h, sql, name, value));
    }

    private static List<Session> bind(Handle h, String sql, String name, String value) {
        var q = h.createQuery(sql);
        if (!name.isEmpty()) {
            q.bind(name, value);
        }
        var rows = new SessionRows();
        return q.map((rs, ctx) -> rows.map(rs)).list();
    }

    private static String[] split(String key) {
        int slash = key.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("session key must be gatewayId/acctSessionId (was '" + key + "')");
        }
        return new String[] {key.substring(0, slash), key.substring(slash + 1)};
    }
}
