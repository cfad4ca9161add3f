package id.pita.core.allocation;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;

/** One citizen session at a hotspot, keyed by {@code sessionKey} (gateway id + Acct-Session-Id). */
public record SessionDemand(String sessionKey, String siteCode, Bandwidth demand) {
    public SessionDemand {
        Check.notBlank("sessionKey", sessionKey);
        Check.notBlank("siteCode", siteCode);
        Check.notNull("demand", demand);
    }
}
