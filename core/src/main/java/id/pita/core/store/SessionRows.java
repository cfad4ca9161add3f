package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.jdbi.v3.core.Handle;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.session.Session;

/** Session rows: the fold of accounting into a session, and the row mapper. */
final class SessionRows {
    private SessionRows() {
    }

    /**
     * Creates or updates the session a record belongs to and returns the growth of its counters,
     * {@code {upload, download}}, never negative.
     */
    static long[] upsert(Handle h, AccountingRecord r, AccountingStore.GatewaySite site) {
        var previous = h.createQuery("SELECT upload_bytes, download_bytes FROM session "
                        + "WHERE gateway_id = :g AND acct_session_id = :s")
                .bind("g", r.gatewayId()).bind("s", r.acctSessionId())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne();
        long at = r.receivedAt().toEpochMilli();
        Long stopped = r.status() == AcctStatus.STOP ? at : null;
        if (previous.isEmpty()) {
            // START, or an interim/stop whose START was lost: the session began sessionSeconds ago.
            long started = r.status() == AcctStatus.START ? at : at - r.sessionSeconds() * 1000;
            h.createUpdate("INSERT INTO session (gateway_id, acct_session_id, username, site_code, site_kind, "
                            + "mac, ip, started_ms, last_update_ms, upload_bytes, download_bytes, session_seconds, "
                            + "pushed_down, pushed_up, stopped_ms) VALUES (:g, :s, :user, :site, :kind, :mac, :ip, "
                            + ":started, :at, :up, :down, :secs, 0, 0, :stopped)")
                    .bind("g", r.gatewayId()).bind("s", r.acctSessionId()).bind("user", r.username())
                    .bind("site", site.code()).bind("kind", site.kind()).bind("mac", r.mac()).bind("ip", r.ip())
                    .bind("started", started).bind("at", at).bind("up", r.uploadBytes())
                    .bind("down", r.downloadBytes()).bind("secs", r.sessionSeconds()).bind("stopped", stopped)
                    .execute();
            return new long[] {r.uploadBytes(), r.downloadBytes()};
        }
        long[] prev = previous.get();
        long up = Math.max(prev[0], r.uploadBytes());
        long down = Math.max(prev[1], r.downloadBytes());
        h.createUpdate("UPDATE session SET upload_bytes = :up, download_bytes = :down, "
                        + "session_seconds = CASE WHEN session_seconds > :secs THEN session_seconds ELSE :secs END, "
                        + "last_update_ms = CASE WHEN last_update_ms > :at THEN last_update_ms ELSE :at END, "
                        + "ip = CASE WHEN :ip = '' THEN ip ELSE :ip END, "
                        + "stopped_ms = COALESCE(stopped_ms, :stopped) WHERE gateway_id = :g AND acct_session_id = :s")
                .bind("up", up).bind("down", down).bind("secs", r.sessionSeconds()).bind("at", at)
                .bind("ip", r.ip()).bind("stopped", stopped)
                .bind("g", r.gatewayId()).bind("s", r.acctSessionId()).execute();
        return new long[] {up - prev[0], down - prev[1]};
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
