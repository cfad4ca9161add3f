package id.pita.portal.app;

import id.pita.core.Check;
import id.pita.core.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Everything one Pita process is started with, read from an optional YAML file ({@code --config pita.yaml});
 * every key has a default, unknown keys are errors, and each error names its key with the unit and bounds.
 *
 * @param dataFile        SQLite file ({@code dataFile}, default {@code data/pita.db})
 * @param macKeyFile      key for hashing MAC addresses in logs ({@code macKeyFile}; default {@code mac-hash.key}
 *                        next to the data file); generated on first start
 * @param districtFile    district YAML imported when the store has no district ({@code district.file})
 * @param demoDistrict    an embedded demo to import, with generated secrets, when there is neither
 *                        ({@code district.demo}; empty, the default, for none: a first start is then empty)
 * @param radius          RADIUS bind address and ports ({@code radius.*}; ports 0 pick free ones)
 * @param web             HTTP bind, public portal URL and cookie flag ({@code web.*})
 * @param coa             CoA/Disconnect retries and pacing ({@code coa.*})
 * @param controlPeriod   time between control rounds ({@code control.period}, 5 s to 10 min)
 * @param hysteresis      relative change before a rate is pushed again ({@code control.hysteresisPercent}, 0-100 %)
 * @param clockSpeed      1 = real time; above 1 a fast clock ({@code clock.speed}, 1 to 10,000)
 * @param clockStart      where a fast clock starts ({@code clock.start}); empty = now
 * @param accounting      group-commit batching ({@code accounting.*})
 * @param personalDataRetention how long MAC and IP addresses of ended sessions are kept before they are blanked
 *                        ({@code privacy.retention}, 1 day to 400 days, default 30 days; UU 27/2022)
 */
public record PitaConfig(Path dataFile, Path macKeyFile, Optional<Path> districtFile, String demoDistrict,
                         Radius radius, Web web, Coa coa, Duration controlPeriod, double hysteresis,
                         double clockSpeed, Optional<Instant> clockStart, Accounting accounting,
                         Duration personalDataRetention) {
    /**
     * @param bindAddress   address the UDP ports bind ({@code radius.bindAddress}, default {@code 0.0.0.0})
     * @param workerThreads threads deciding Access-Requests and handing accounting on (1 to 64, default 2)
     */
    public record Radius(String bindAddress, int authPort, int accountingPort, int workerThreads) {
    }

    /**
     * @param secureCookies mark console cookies {@code Secure} (set it when served over https)
     * @param ipBurst       portal logins one client address may make at once ({@code web.ipBurst}); a
     *                      masquerading hotspot shows all its citizens as one address, so raise it there
     * @param ipRefill      one more login for that address after this long ({@code web.ipRefill})
     * @param macBurst      portal logins one device may make at once ({@code web.macBurst})
     * @param macRefill     one more login for that device after this long ({@code web.macRefill})
     * @param gatewayBurst  portal logins one hotspot gateway may take at once, whatever MACs and addresses
     *                      ({@code web.gatewayBurst})
     * @param gatewayRefill one more login at that gateway after this long ({@code web.gatewayRefill})
     * @param credentialsPerHotspot most unused one-time credentials one hotspot gateway may hold at once
     *                      ({@code web.credentialsPerHotspot}); a flood at one park fills only its own share
     */
    public record Web(String host, int port, String publicUrl, boolean secureCookies, int ipBurst,
                      Duration ipRefill, int macBurst, Duration macRefill, int gatewayBurst, Duration gatewayRefill,
                      int credentialsPerHotspot) {
        /** The web settings before the per-gateway limits, which take their defaults. */
        public Web(String host, int port, String publicUrl, boolean secureCookies, int ipBurst, Duration ipRefill,
                   int macBurst, Duration macRefill) {
            this(host, port, publicUrl, secureCookies, ipBurst, ipRefill, macBurst, macRefill, 300,
                    Duration.ofMillis(50), 2000);
        }
    }

    /** @param timeout wait for the first answer; doubles per retry up to {@code maxTimeout} */
    public record Coa(int attempts, Duration timeout, Duration maxTimeout, int pushesPerSecond) {
    }

    public record Accounting(int queueCapacity, int maxBatch, Duration maxDelay) {
    }

    public PitaConfig {
        Check.notNull("dataFile", dataFile);
        Check.notNull("macKeyFile", macKeyFile);
        districtFile = districtFile == null ? Optional.empty() : districtFile;
        demoDistrict = demoDistrict == null ? "" : demoDistrict.trim();
        Check.notNull("radius", radius);
        Check.notNull("web", web);
        Check.notNull("coa", coa);
        Check.notNull("control.period", controlPeriod);
        clockStart = clockStart == null ? Optional.empty() : clockStart;
        Check.notNull("accounting", accounting);
        Check.notNull("privacy.retention", personalDataRetention);
    }

    /** Every default (the config of {@code java -jar pita.jar} without {@code --config}). */
    public static PitaConfig defaults() {
        return read(new ConfigSection("", Map.of()));
    }

    /** Reads a config file; a missing file, bad YAML or a bad value is an {@link InvalidValueException}. */
    public static PitaConfig load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InvalidValueException("--config", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Reads config text; {@code source} names it in errors. */
    public static PitaConfig parse(String yaml, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new InvalidValueException(source, "is not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (root == null) {
            return defaults();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidValueException(source, "must be a mapping of settings");
        }
        var section = new ConfigSection("", map);
        var config = read(section);
        section.requireAllRead();
        return config;
    }

    private static PitaConfig read(ConfigSection s) {
        var dataFile = Path.of(s.text("dataFile", "data/pita.db"));
        var parent = dataFile.toAbsolutePath().getParent();
        var macKey = Path.of(s.text("macKeyFile", parent.resolve("mac-hash.key").toString()));
        var district = s.section("district");
        var districtFile = Optional.ofNullable(district.text("file", null)).map(Path::of);
        var demo = district.text("demo", "");
        if (!demo.isEmpty() && !id.pita.core.config.DistrictFiles.demoNames().contains(demo)) {
            throw new InvalidValueException("district.demo", "must be one of " + id.pita.core.config.DistrictFiles
                    .demoNames() + " (was '" + demo + "')");
        }
        var control = s.section("control");
        var period = control.duration("period", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(10));
        double hysteresis = control.decimal("hysteresisPercent", 10, 0, 100, " %") / 100.0;
        var clock = s.section("clock");
        double speed = clock.decimal("speed", 1.0, 1.0, 10_000, "x");
        var start = Optional.ofNullable(clock.instant("start"));
        var web = web(s.section("web"));
        var retention = s.section("privacy").duration("retention", Duration.ofDays(30), Duration.ofDays(1),
                Duration.ofDays(400));
        return new PitaConfig(dataFile, macKey, districtFile, demo, radius(s.section("radius")), web,
                coa(s.section("coa")), period, hysteresis, speed, start, accounting(s.section("accounting")),
                retention);
    }

    private static Radius radius(ConfigSection s) {
        return new Radius(s.text("bindAddress", "0.0.0.0"), s.integer("authPort", 1812, 0, 65535, ""),
                s.integer("accountingPort", 1813, 0, 65535, ""), s.integer("workerThreads", 2, 1, 64, " threads"));
    }

    private static Web web(ConfigSection s) {
        var host = s.text("host", "0.0.0.0");
        int port = s.integer("port", 8080, 0, 65535, "");
        var url = s.text("publicUrl", "http://localhost:" + (port == 0 ? 8080 : port) + "/");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new InvalidValueException("web.publicUrl", "must start with http:// or https:// (was '" + url + "')");
        }
        var defaults = id.pita.portal.citizen.PortalSettings.defaults(url);
        return new Web(host, port, url, s.bool("secureCookies", false),
                s.integer("ipBurst", defaults.ipBurst(), 1, 100_000, " logins"),
                s.duration("ipRefill", defaults.ipRefill(), Duration.ofMillis(1), Duration.ofHours(1)),
                s.integer("macBurst", defaults.macBurst(), 1, 1000, " logins"),
                s.duration("macRefill", defaults.macRefill(), Duration.ofMillis(1), Duration.ofHours(1)),
                s.integer("gatewayBurst", defaults.gatewayBurst(), 1, 1_000_000, " logins"),
                s.duration("gatewayRefill", defaults.gatewayRefill(), Duration.ofMillis(1), Duration.ofHours(1)),
                s.integer("credentialsPerHotspot", 2000, 1, Pita.CREDENTIAL_CAPACITY, " credentials"));
    }

    private static Coa coa(ConfigSection s) {
        int attempts = s.integer("attempts", 3, 1, 10, " attempts");
        var timeout = s.duration("timeout", Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofSeconds(60));
        var max = s.duration("maxTimeout", Duration.ofSeconds(8), timeout, Duration.ofSeconds(300));
        return new Coa(attempts, timeout, max, s.integer("pushesPerSecond", 20, 1, 1000, " pushes/s"));
    }

    private static Accounting accounting(ConfigSection s) {
        return new Accounting(s.integer("queueCapacity", 50_000, 1, 1_000_000, " records"),
                s.integer("maxBatch", 500, 1, 10_000, " records"),
                s.duration("maxDelay", Duration.ofMillis(5), Duration.ZERO, Duration.ofSeconds(1)));
    }

    /** The same config with another data file (and MAC key next to it): for tests and the simulator. */
    public PitaConfig withDataFile(Path file) {
        var key = file.toAbsolutePath().getParent().resolve("mac-hash.key");
        return new PitaConfig(file, key, districtFile, demoDistrict, radius, web, coa, controlPeriod, hysteresis,
                clockSpeed, clockStart, accounting, personalDataRetention);
    }
}
