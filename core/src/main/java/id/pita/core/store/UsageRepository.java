package id.pita.core.store;

import java.time.Instant;
import java.util.List;

import id.pita.core.district.SiteKind;

/** The hourly roll-up of accounting, for reports and the dashboard's 24 h chart. */
public final class UsageRepository {
    private final Store store;

    UsageRepository(Store store) {
        this.store = store;
    }

    /** Hours of every site with {@code from <= hourStart < to}, by hour then site. */
    public List<UsageHour> between(Instant from, Instant to) {
        return query("", "", from, to);
    }

    /** Hours of one site with {@code from <= hourStart < to}, by hour. */
    public List<UsageHour> forSite(String siteCode, Instant from, Instant to) {
        return query("AND site_code = :site ", siteCode, from, to);
    }

    private List<UsageHour> query(String filter, String site, Instant from, Instant to) {
        return store.read(h -> {
            var q = h.createQuery("SELECT * FROM usage_hourly WHERE hour_start_ms >= :from AND hour_start_ms < :to "
                    + filter + "ORDER BY hour_start_ms, site_code");
            if (!filter.isEmpty()) {
                q.bind("site", site);
            }
            return q.bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                    .map((rs, ctx) -> new UsageHour(rs.getString("site_code"),
                            SiteKind.valueOf(rs.getString("site_kind")),
                            Instant.ofEpochMilli(rs.getLong("hour_start_ms")), rs.getLong("upload_bytes"),
                            rs.getLong("download_bytes")))
                    .list();
        });
    }
}
