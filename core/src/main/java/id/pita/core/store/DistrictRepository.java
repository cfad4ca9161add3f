package id.pita.core.store;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.ClassShare;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.OverQuota;
import id.pita.core.district.GuaranteeTier;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;

/**
 * A district's whole configuration. {@link #save} replaces everything the store holds for that
 * district in one transaction (delete, cascading to its rows, then insert); {@link #load} gives
 * back a record equal to the one saved, lists in the same order.
 */
public final class DistrictRepository {
    private static final java.security.SecureRandom REVISIONS = new java.security.SecureRandom();
    private final Store store;

    DistrictRepository(Store store) {
        this.store = store;
    }

    public void save(District d) {
        store.writeVoid(h -> save(h, d, store.secrets()));
    }

    /** Saves inside a caller's write transaction. */
    static void save(Handle h, District d, SecretBox box) {
        h.createUpdate("DELETE FROM district WHERE code = :c").bind("c", d.code()).execute();
        h.createUpdate("INSERT INTO district (code, name, zone, pool_down_bps, pool_up_bps, monthly_cost_idr, "
                        + "backup_down_bps, backup_up_bps, guarantee_tiers, revision) "
                        + "VALUES (:code, :name, :zone, :down, :up, :cost, :bdown, :bup, :tiers, :revision)")
                .bind("revision", REVISIONS.nextLong())
                .bind("code", d.code()).bind("name", d.name()).bind("zone", d.zone().getId())
                .bind("down", d.pool().capacity().down()).bind("up", d.pool().capacity().up())
                .bind("cost", d.pool().monthlyCostIdr())
                .bind("bdown", d.pool().backup().down()).bind("bup", d.pool().backup().up())
                .bind("tiers", String.join(",", d.pool().tiers().stream().map(GuaranteeTier::key).toList()))
                .execute();
        saveSites(h, d, box);
        saveGateways(h, d, box);
        saveRules(h, d);
        CalendarRows.save(h, d.code(), d.calendar());
    }

    private static void saveSites(Handle h, District d, SecretBox box) {
        var batch = h.prepareBatch("INSERT INTO site (district_code, code, seq, name, kind, area, guarantee_down, "
                + "guarantee_up, ceiling_down, ceiling_up, weight, always_on, password, voucher_required) VALUES (:d, "
                + ":code, :seq, :name, :kind, :area, :gd, :gu, :cd, :cu, :weight, :alwaysOn, :password, :voucher)");
        for (int i = 0; i < d.sites().size(); i++) {
            var s = d.sites().get(i);
            batch.bind("d", d.code()).bind("code", s.code()).bind("seq", i).bind("name", s.name())
                    .bind("kind", s.kind().name()).bind("area", s.area())
                    .bind("gd", s.guarantee().down()).bind("gu", s.guarantee().up())
                    .bind("cd", s.ceiling().down()).bind("cu", s.ceiling().up())
                    .bind("weight", s.weight()).bind("alwaysOn", s.alwaysOn())
                    .bind("password", box.seal(s.password(), SealedSecrets.sitePasswordContext(d.code(), s.code()))).bind("voucher", s.voucherRequired()).add();
        }
        if (!d.sites().isEmpty()) {
            batch.execute();
        }
    }

    private static void saveGateways(Handle h, District d, SecretBox box) {
        var batch = h.prepareBatch("INSERT INTO gateway (district_code, id, seq, site_code, address, secret, vendor, "
                + "coa_port, message_authenticator, portal_secret, coa_fallback, login_addresses) VALUES (:d, :id, :seq, "
                + ":site, :address, :secret, :vendor, :coa, :ma, :portal, :fallback, :logins)");
        for (int i = 0; i < d.gateways().size(); i++) {
            var g = d.gateways().get(i);
            batch.bind("d", d.code()).bind("id", g.id()).bind("seq", i).bind("site", g.siteCode())
                    .bind("address", g.address()).bind("secret", box.seal(g.secret(), SealedSecrets.gatewaySecretContext(d.code(), g.id()))).bind("vendor", g.vendor().name())
                    .bind("coa", g.coaPort()).bind("ma", g.messageAuthenticator().name())
                    .bind("portal", box.seal(g.portalSecret(), SealedSecrets.portalSecretContext(d.code(), g.id())))
                    .bind("fallback", g.coaFallback()).bind("logins", String.join(" ", g.loginAddresses())).add();
        }
        if (!d.gateways().isEmpty()) {
            batch.execute();
        }
    }

    private static void saveRules(Handle h, District d) {
        for (var p : d.policies().values()) {
            h.createUpdate("INSERT INTO regime_policy (district_code, regime, office_guaranteed, office_ceiling, "
                            + "office_weight, hotspot_guaranteed, hotspot_ceiling, hotspot_weight, hotspots_open) "
                            + "VALUES (:d, :r, :og, :oc, :ow, :hg, :hc, :hw, :open)")
                    .bind("d", d.code()).bind("r", p.regime().name())
                    .bind("og", p.office().guaranteed()).bind("oc", p.office().ceiling())
                    .bind("ow", p.office().weight()).bind("hg", p.hotspot().guaranteed())
                    .bind("hc", p.hotspot().ceiling()).bind("hw", p.hotspot().weight())
                    .bind("open", p.hotspotsOpen()).execute();
        }
        var c = d.citizenPlan();
        h.createUpdate("INSERT INTO citizen_plan (district_code, cap_down, cap_up, daily_data_bytes, "
                        + "daily_time_seconds, session_seconds, idle_seconds, interim_seconds, devices_per_person, "
                        + "over_quota, throttle_down, throttle_up) "
                        + "VALUES (:d, :cd, :cu, :data, :time, :session, :idle, :interim, :devices, :over, :td, :tu)")
                .bind("d", d.code()).bind("cd", c.deviceCap().down()).bind("cu", c.deviceCap().up())
                .bind("data", c.dailyDataBytes()).bind("time", c.dailyTime().toSeconds())
                .bind("session", c.sessionTimeout().toSeconds()).bind("idle", c.idleTimeout().toSeconds())
                .bind("interim", c.interimInterval().toSeconds()).bind("devices", c.devicesPerPerson())
                .bind("over", c.overQuota().name()).bind("td", c.throttleRate().down())
                .bind("tu", c.throttleRate().up()).execute();
    }

    public Optional<District> load(String code) {
        return store.read(h -> load(h, code, store.secrets()));
    }

    /**
     * The district's revision: a new random value at every save, so that a node sees with one small read that
     * another node changed it. Empty when there is no such district.
     */
    public Optional<Long> revision(String code) {
        return store.read(h -> h.createQuery("SELECT revision FROM district WHERE code = :c").bind("c", code)
                .mapTo(Long.class).findOne());
    }

    /** District codes in the store, sorted. */
    public List<String> codes() {
        return store.read(h -> h.createQuery("SELECT code FROM district ORDER BY code").mapTo(String.class).list());
    }

    static Optional<District> load(Handle h, String code, SecretBox box) {
        return h.createQuery("SELECT * FROM district WHERE code = :c").bind("c", code)
                .map((rs, ctx) -> new District(rs.getString("code"), rs.getString("name"),
                        ZoneId.of(rs.getString("zone")),
                        new Pool(new Bandwidth(rs.getLong("pool_down_bps"), rs.getLong("pool_up_bps")),
                                rs.getLong("monthly_cost_idr"),
                                new Bandwidth(rs.getLong("backup_down_bps"), rs.getLong("backup_up_bps")),
                                tiers(rs.getString("guarantee_tiers"))),
                        sites(h, code, box), gateways(h, code, box), CalendarRows.load(h, code), policies(h, code),
                        citizenPlan(h, code)))
                .findOne();
    }

    private static List<GuaranteeTier> tiers(String keys) {
        return java.util.Arrays.stream(keys.split(",")).map(k -> GuaranteeTier.byKey(k)
                .orElseThrow(() -> new StoreException("unknown guarantee tier '" + k + "' in the store"))).toList();
    }

    private static List<Site> sites(Handle h, String code, SecretBox box) {
        return h.createQuery("SELECT * FROM site WHERE district_code = :c ORDER BY seq").bind("c", code)
                .map((rs, ctx) -> new Site(rs.getString("code"), rs.getString("name"),
                        SiteKind.valueOf(rs.getString("kind")), rs.getString("area"),
                        new Bandwidth(rs.getLong("guarantee_down"), rs.getLong("guarantee_up")),
                        new Bandwidth(rs.getLong("ceiling_down"), rs.getLong("ceiling_up")),
                        rs.getInt("weight"), rs.getBoolean("always_on"), box.open(rs.getString("password"),
                        SealedSecrets.sitePasswordContext(code, rs.getString("code"))), rs.getBoolean("voucher_required")))
                .list();
    }

    private static List<Gateway> gateways(Handle h, String code, SecretBox box) {
        return h.createQuery("SELECT * FROM gateway WHERE district_code = :c ORDER BY seq").bind("c", code)
                .map((rs, ctx) -> new Gateway(rs.getString("id"), rs.getString("site_code"), rs.getString("address"),
                        box.open(rs.getString("secret"), SealedSecrets.gatewaySecretContext(code, rs.getString("id"))),
                        Vendor.valueOf(rs.getString("vendor")), rs.getInt("coa_port"),
                        MessageAuthenticatorPolicy.valueOf(rs.getString("message_authenticator")),
                        box.open(rs.getString("portal_secret"), SealedSecrets.portalSecretContext(code,
                                rs.getString("id"))), rs.getBoolean("coa_fallback"),
                        words(rs.getString("login_addresses"))))
                .list();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static EnumMap<Regime, RegimePolicy> policies(Handle h, String code) {
        var map = new EnumMap<Regime, RegimePolicy>(Regime.class);
        h.createQuery("SELECT * FROM regime_policy WHERE district_code = :c").bind("c", code)
                .map((rs, ctx) -> new RegimePolicy(Regime.valueOf(rs.getString("regime")),
                        new ClassShare(rs.getDouble("office_guaranteed"), rs.getDouble("office_ceiling"),
                                rs.getInt("office_weight")),
                        new ClassShare(rs.getDouble("hotspot_guaranteed"), rs.getDouble("hotspot_ceiling"),
                                rs.getInt("hotspot_weight")),
                        rs.getBoolean("hotspots_open")))
                .forEach(p -> map.put(p.regime(), p));
        return map;
    }

    private static CitizenPlan citizenPlan(Handle h, String code) {
        return h.createQuery("SELECT * FROM citizen_plan WHERE district_code = :c").bind("c", code)
                .map((rs, ctx) -> new CitizenPlan(new Bandwidth(rs.getLong("cap_down"), rs.getLong("cap_up")),
                        rs.getLong("daily_data_bytes"), Duration.ofSeconds(rs.getLong("daily_time_seconds")),
                        Duration.ofSeconds(rs.getLong("session_seconds")),
                        Duration.ofSeconds(rs.getLong("idle_seconds")),
                        Duration.ofSeconds(rs.getLong("interim_seconds")), rs.getInt("devices_per_person"),
                        OverQuota.valueOf(rs.getString("over_quota")),
                        new Bandwidth(rs.getLong("throttle_down"), rs.getLong("throttle_up"))))
                .one();
    }
}
