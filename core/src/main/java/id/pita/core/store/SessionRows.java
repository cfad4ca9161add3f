package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;

/**
 * Session rows: the row mapper (the fold of accounting into a session is in {@link AccountingBatch}). One mapper
 * per query: the sessions it reads share one instance of each gateway id and site code (a control round reads
 * 100,000 sessions over 10,000 gateways, and the driver makes a new string per cell), and a rate never pushed is
 * {@link Bandwidth#ZERO} itself. Not thread-safe: one query's rows are mapped on one thread.
 */
final class SessionRows {
    /** Distinct gateway ids and site codes seen by this query (bounded by the district's gateways and sites). */
    private final Map<String, String> seen = new HashMap<>();

    Session map(ResultSet rs) throws SQLException {
        long stopped = rs.getLong("stopped_ms");
        var stoppedAt = rs.wasNull() ? null : Instant.ofEpochMilli(stopped);
        long down = rs.getLong("pushed_down");
        long up = rs.getLong("pushed_up");
        return new Session(shared(rs.getString("gateway_id")), rs.getString("acct_session_id"),
                rs.getString("username"), shared(rs.getString("site_code")), rs.getString("mac"), rs.getString("ip"),
                Instant.ofEpochMilli(rs.getLong("started_ms")), Instant.ofEpochMilli(rs.getLong("last_update_ms")),
                rs.getLong("upload_bytes"), rs.getLong("download_bytes"), rs.getLong("session_seconds"),
                down == 0 && up == 0 ? Bandwidth.ZERO : new Bandwidth(down, up), stoppedAt);
    }

    /** The instance of {@code s} this query saw first (equal to it); null stays null. */
    String shared(String s) {
        return s == null ? null : seen.computeIfAbsent(s, k -> k);
    }
}
