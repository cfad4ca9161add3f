package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;

/** Session rows: the row mapper (the fold of accounting into a session is in {@link AccountingBatch}). */
final class SessionRows {
    private SessionRows() {
    }

    static Session map(ResultSet rs) throws SQLException {
        long stopped = rs.getLong("stopped_ms");
        var stoppedAt = rs.wasNull() ? null : Instant.ofEpochMilli(stopped);
        return new Session(rs.getString("gateway_id"), rs.getString("acct_session_id"), rs.getString("username"),
                rs.getString("site_code"), rs.getString("mac"), rs.getString("ip"),
                Instant.ofEpochMilli(rs.getLong("started_ms")), Instant.ofEpochMilli(rs.getLong("last_update_ms")),
                rs.getLong("upload_bytes"), rs.getLong("download_bytes"), rs.getLong("session_seconds"),
                new Bandwidth(rs.getLong("pushed_down"), rs.getLong("pushed_up")), stoppedAt);
    }
}
