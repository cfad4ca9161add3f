package id.pita.portal.report;

import id.pita.core.Check;
import id.pita.core.district.SiteKind;
import java.time.Instant;

/** Bytes one site moved in one clock hour starting at {@code hour}; down is what its clients received. */
public record UsageRow(String siteCode, SiteKind kind, Instant hour, long upBytes, long downBytes) {
    public UsageRow {
        Check.notBlank("siteCode", siteCode);
        Check.notNull("kind", kind);
        Check.notNull("hour", hour);
        Check.nonNegative("upBytes", upBytes);
        Check.nonNegative("downBytes", downBytes);
    }
}
