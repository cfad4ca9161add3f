package id.pita.portal.citizen;

import id.pita.core.Check;
import id.pita.core.district.Gateway;
import id.pita.core.district.Site;

/**
 * A hotspot gateway with its site, as the portal needs it.
 *
 * @param voucherRequired whether a citizen must type a voucher code to log in
 */
public record Hotspot(Gateway gateway, Site site, boolean voucherRequired) {
    public Hotspot {
        Check.notNull("gateway", gateway);
        Check.notNull("site", site);
    }
}
