package id.pita.core.district;

import id.pita.core.Check;

/**
 * A place with one or more gateways. An office's {@code code} is also the RADIUS user name of its
 * link. {@code alwaysOn} offices (hospital, 112 centre) keep their guarantee after hours.
 *
 * @param guarantee rate the site is promised while it wants it
 * @param ceiling   the most it may ever get
 * @param weight    its share of spare capacity relative to its siblings (1-1000)
 * @param area      kecamatan or locality, for display and reports (may be empty)
 * @param password  an office link's RADIUS password (PAP or CHAP), empty when none is set; a hotspot
 *                  has none (citizens use one-time credentials); never printed
 * @param voucherRequired a hotspot whose citizens must type a voucher code to log in
 */
public record Site(String code, String name, SiteKind kind, String area, Bandwidth guarantee, Bandwidth ceiling,
                   int weight, boolean alwaysOn, String password, boolean voucherRequired) {
    /** Longest office password: what PAP can carry [RFC 2865 §5.2]. */
    public static final int MAX_PASSWORD_LENGTH = 128;

    public Site {
        Check.code("code", code);
        Check.notBlank("name", name);
        Check.notNull("kind", kind);
        area = area == null ? "" : area;
        Check.notNull("guarantee", guarantee);
        Check.notNull("ceiling", ceiling);
        Check.positive("ceiling.down", ceiling.down());
        Check.positive("ceiling.up", ceiling.up());
        Check.that(guarantee.down() <= ceiling.down(), "guarantee.down",
                "must not exceed ceiling.down (" + guarantee.down() + " > " + ceiling.down() + ")");
        Check.that(guarantee.up() <= ceiling.up(), "guarantee.up",
                "must not exceed ceiling.up (" + guarantee.up() + " > " + ceiling.up() + ")");
        Check.inRange("weight", weight, 1, 1000);
        Check.that(!(alwaysOn && kind == SiteKind.HOTSPOT), "alwaysOn", "only an office can be always on");
        password = password == null ? "" : password;
        Check.that(password.isEmpty() || kind == SiteKind.OFFICE, "password", "only an office link has a password");
        Check.that(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PASSWORD_LENGTH,
                "password", "must be at most " + MAX_PASSWORD_LENGTH + " octets");
        Check.that(!(voucherRequired && kind == SiteKind.OFFICE), "voucherRequired",
                "only a hotspot can require a voucher");
    }

    /** A site without a voucher requirement. */
    public Site(String code, String name, SiteKind kind, String area, Bandwidth guarantee, Bandwidth ceiling,
                int weight, boolean alwaysOn, String password) {
        this(code, name, kind, area, guarantee, ceiling, weight, alwaysOn, password, false);
    }

    /** A site without an office password. */
    public Site(String code, String name, SiteKind kind, String area, Bandwidth guarantee, Bandwidth ceiling,
                int weight, boolean alwaysOn) {
        this(code, name, kind, area, guarantee, ceiling, weight, alwaysOn, "", false);
    }

    /** The same site with another office password (empty to clear it). */
    public Site withPassword(String newPassword) {
        return new Site(code, name, kind, area, guarantee, ceiling, weight, alwaysOn, newPassword, voucherRequired);
    }

    /** The same site with the voucher requirement set or cleared. */
    public Site withVoucherRequired(boolean required) {
        return new Site(code, name, kind, area, guarantee, ceiling, weight, alwaysOn, password, required);
    }

    public boolean hasPassword() {
        return !password.isEmpty();
    }

    @Override
    public String toString() {
        return "Site[code=" + code + ", name=" + name + ", kind=" + kind + ", area=" + area + ", guarantee="
                + guarantee + ", ceiling=" + ceiling + ", weight=" + weight + ", alwaysOn=" + alwaysOn
                + ", password=" + (password.isEmpty() ? "none" : "set") + ", voucherRequired=" + voucherRequired + "]";
    }

    public boolean isHotspot() {
        return kind == SiteKind.HOTSPOT;
    }
}
