package id.pita.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

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
 * Reads a district file (YAML) into a validated {@link District}. The YAML is composed to nodes, not
 * to Java objects, so every value keeps its line and column, YAML 1.1 surprises ({@code no} as false,
 * {@code 07:30} as a number) cannot happen, and each error, ours or the model's, comes out as
 * {@code file:line:column: field: reason}. Unknown keys are errors. Layout: see
 * {@code districts/paser.yaml}.
 */
public final class DistrictFile {
    private static final Set<String> TOP = Set.of("code", "name", "zone", "pool", "calendar", "policies",
            "citizenPlan", "sites", "gateways");
    private static final Set<String> SITE = Set.of("code", "name", "kind", "area", "guarantee", "ceiling", "weight",
            "alwaysOn", "password", "voucherRequired");
    private static final Set<String> GATEWAY = Set.of("id", "site", "address", "secret", "vendor", "coaPort",
            "messageAuthenticator", "portalSecret", "coaFallback", "loginAddresses");
    private static final Set<String> PLAN = Set.of("deviceCap", "dailyData", "dailyTime", "sessionTimeout",
            "idleTimeout", "interimInterval", "devicesPerPerson", "overQuota", "throttleRate");
    private static final int DEFAULT_SITE_WEIGHT = 10;
    private static final int COA_PORT = 3799;

    private final CalendarSection calendar;

    /** A loader whose holiday includes come from the classpath ({@code calendar/holidays-<name>.yaml}). */
    public DistrictFile() {
        this(HolidayIncludes.classpath());
    }

    public DistrictFile(HolidayIncludes includes) {
        this.calendar = new CalendarSection(includes);
    }

    /** Loads with the classpath includes; the file's name (not its directory) appears in errors. */
    public static District load(Path file) {
        return new DistrictFile().read(file);
    }

    public static District load(String name, Reader reader) {
        return new DistrictFile().read(name, reader);
    }

    public District read(Path file) {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new DistrictFileException(file.getFileName().toString(), 1, 1, "", "cannot read: " + e.getMessage());
        }
    }

    public District read(String name, Reader reader) {
        return district(new YNode(name, compose(name, reader), ""));
    }

    /** Composes one YAML document to nodes, turning syntax errors into positioned errors. */
    static Node compose(String name, Reader reader) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new DistrictFileException(name, mark.getLine() + 1, mark.getColumn() + 1, "",
                    "YAML syntax: " + e.getProblem());
        } catch (YAMLException e) {
            throw new DistrictFileException(name, 1, 1, "", "YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new DistrictFileException(name, 1, 1, "", "the file is empty");
        }
        return root;
    }

    private District district(YNode root) {
        var f = root.fields(TOP);
        var code = YNode.required(f, "code", root).text();
        var name = YNode.required(f, "name", root).text();
        var zoneNode = YNode.required(f, "zone", root);
        var zone = zoneNode.parse("a time zone (write e.g. Asia/Makassar)", ZoneId::of);
        var pool = pool(YNode.required(f, "pool", root));
        var cal = calendar.read(YNode.required(f, "calendar", root));
        var policies = policies(YNode.required(f, "policies", root));
        var plan = citizenPlan(YNode.required(f, "citizenPlan", root));
        var sites = new ArrayList<Site>();
        for (var s : YNode.required(f, "sites", root).items()) {
            sites.add(site(s));
        }
        var gateways = new ArrayList<Gateway>();
        for (var g : YNode.required(f, "gateways", root).items()) {
            gateways.add(gateway(g));
        }
        return root.build(() -> new District(code, name, zone, pool, sites, gateways, cal, policies, plan));
    }

    private static Pool pool(YNode node) {
        var f = node.fields(Set.of("capacity", "monthlyCostIdr", "backup", "tiers"));
        var capacity = bandwidth(YNode.required(f, "capacity", node));
        var cost = YNode.required(f, "monthlyCostIdr", node).integer();
        var backup = f.containsKey("backup") ? bandwidth(f.get("backup")) : Bandwidth.ZERO;
        var tiers = new ArrayList<GuaranteeTier>();
        if (f.containsKey("tiers")) {
            for (var t : f.get("tiers").items()) {
                tiers.add(t.parse("a guarantee tier", k -> GuaranteeTier.byKey(k).orElseThrow(
                        () -> new IllegalArgumentException("must be one of alwaysOn, office, hotspot (was '" + k + "')"))));
            }
        }
        return node.build(() -> new Pool(capacity, cost, backup, f.containsKey("tiers") ? tiers : Pool.DEFAULT_TIERS));
    }

    static Bandwidth bandwidth(YNode node) {
        var f = node.fields(Set.of("down", "up"));
        long down = YNode.required(f, "down", node).rate();
        long up = YNode.required(f, "up", node).rate();
        return node.build(() -> new Bandwidth(down, up));
    }

    private static Site site(YNode node) {
        var f = node.fields(SITE);
        var code = YNode.required(f, "code", node).text();
        var name = YNode.required(f, "name", node).text();
        var kind = YNode.required(f, "kind", node).enumValue(SiteKind.class);
        var area = f.containsKey("area") ? f.get("area").text() : "";
        var guarantee = bandwidth(YNode.required(f, "guarantee", node));
        var ceiling = bandwidth(YNode.required(f, "ceiling", node));
        int weight = f.containsKey("weight") ? f.get("weight").smallInteger() : DEFAULT_SITE_WEIGHT;
        boolean alwaysOn = f.containsKey("alwaysOn") && f.get("alwaysOn").bool();
        var password = f.containsKey("password") ? f.get("password").text() : "";
        boolean voucher = f.containsKey("voucherRequired") && f.get("voucherRequired").bool();
        return node.build(() -> new Site(code, name, kind, area, guarantee, ceiling, weight, alwaysOn, password,
                voucher));
    }

    private static Gateway gateway(YNode node) {
        var f = node.fields(GATEWAY);
        var id = YNode.required(f, "id", node).text();
        var site = YNode.required(f, "site", node).text();
        var address = YNode.required(f, "address", node).text();
        var vendor = YNode.required(f, "vendor", node).enumValue(Vendor.class);
        var secret = f.containsKey("secret") ? f.get("secret").text() : "";
        int defaultPort = vendor == Vendor.OPENNDS ? 0 : COA_PORT;
        int coaPort = f.containsKey("coaPort") ? f.get("coaPort").smallInteger() : defaultPort;
        var ma = f.containsKey("messageAuthenticator")
                ? f.get("messageAuthenticator").enumValue(MessageAuthenticatorPolicy.class)
                : MessageAuthenticatorPolicy.defaultFor(vendor);
        var portal = f.containsKey("portalSecret") ? f.get("portalSecret").text() : "";
        boolean fallback = f.containsKey("coaFallback") ? f.get("coaFallback").bool()
                : Gateway.defaultCoaFallback(vendor);
        var logins = new ArrayList<String>();
        if (f.containsKey("loginAddresses")) {
            for (var a : f.get("loginAddresses").items()) {
                logins.add(a.text());
            }
        }
        return node.build(() -> new Gateway(id, site, address, secret, vendor,
                coaPort, ma, portal, fallback, logins));
    }

    private static Map<Regime, RegimePolicy> policies(YNode node) {
        var f = node.fields(Set.of("officeHours", "afterHours"));
        var map = new EnumMap<Regime, RegimePolicy>(Regime.class);
        map.put(Regime.OFFICE_HOURS, policy(Regime.OFFICE_HOURS, YNode.required(f, "officeHours", node)));
        map.put(Regime.AFTER_HOURS, policy(Regime.AFTER_HOURS, YNode.required(f, "afterHours", node)));
        return map;
    }

    private static RegimePolicy policy(Regime regime, YNode node) {
        var f = node.fields(Set.of("office", "hotspot", "hotspotsOpen"));
        var office = share(YNode.required(f, "office", node));
        var hotspot = share(YNode.required(f, "hotspot", node));
        boolean open = YNode.required(f, "hotspotsOpen", node).bool();
        return node.build(() -> new RegimePolicy(regime, office, hotspot, open));
    }

    private static ClassShare share(YNode node) {
        var f = node.fields(Set.of("guaranteed", "ceiling", "weight"));
        double guaranteed = YNode.required(f, "guaranteed", node).decimal();
        double ceiling = YNode.required(f, "ceiling", node).decimal();
        int weight = f.containsKey("weight") ? f.get("weight").smallInteger() : 1;
        return node.build(() -> new ClassShare(guaranteed, ceiling, weight));
    }

    private static CitizenPlan citizenPlan(YNode node) {
        var f = node.fields(PLAN);
        var cap = bandwidth(YNode.required(f, "deviceCap", node));
        long data = YNode.required(f, "dailyData", node).size();
        var time = YNode.required(f, "dailyTime", node).duration();
        var session = YNode.required(f, "sessionTimeout", node).duration();
        var idle = YNode.required(f, "idleTimeout", node).duration();
        var interim = YNode.required(f, "interimInterval", node).duration();
        int devices = f.containsKey("devicesPerPerson") ? f.get("devicesPerPerson").smallInteger() : 1;
        var over = f.containsKey("overQuota") ? f.get("overQuota").enumValue(OverQuota.class) : OverQuota.DISCONNECT;
        var throttle = f.containsKey("throttleRate") ? bandwidth(f.get("throttleRate")) : Bandwidth.ZERO;
        return node.build(() -> new CitizenPlan(cap, data, time, session, idle, interim, devices, over, throttle));
    }

    /** Names of the district files shipped as demos. */
    static List<String> demoNames() {
        return List.of("paser", "kotawaringin-timur");
    }
}
