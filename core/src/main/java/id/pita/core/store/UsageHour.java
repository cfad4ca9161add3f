package id.pita.core.store;

import java.time.Instant;

import id.pita.core.district.SiteKind;

/** Bytes a site moved in one UTC hour, from the client's point of view. */
public record UsageHour(String siteCode, SiteKind kind, Instant hourStart, long uploadBytes, long downloadBytes) {
    public long totalBytes() {
        return uploadBytes + downloadBytes;
    }
}
