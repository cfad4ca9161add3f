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
import java.util.OptionalInt;
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
 * @param web             the public and admin listeners, public portal URL, cookie flag, portal rate limits
 *                        ({@code web.*})
 * @param coa             CoA/Disconnect retries and pacing ({@code coa.*})
 * @param controlPeriod   time between control rounds ({@code control.period}, 5 s to 10 min)
 * @param hysteresis      relative change before a rate is pushed again ({@code control.hysteresisPercent}, 0-100 %)
 * @param minDwell        least time between two demand-driven pushes to one session ({@code control.minDwell},
 *                        0 s to 1 h, default 5 min)
 * @param clockSpeed      1 = real time; above 1 a fast clock ({@code clock.speed}, 1 to 100,000)
 * @param clockStart      where a fast clock starts ({@code clock.start}); empty = now
 * @param accounting      group-commit batching ({@code accounting.*})
 * @param personalDataRetention how long MAC and IP addresses of ended sessions are kept before they are blanked
 *                        ({@code privacy.retention}, 1 day to 400 days, default 30 days; UU 27/2022)
 * @param backup          the daily backup ({@code backup.*})
 * @param recordRetention how long ended sessions and raw accounting rows are kept before they are removed (their
 *                        traffic stays in the hourly usage) ({@code retention.records}, 7 to 3650 days, default 90)
 * @param console         console sessions and boost rules ({@code console.*})
 * @param gateways        what the generated gateway configurations need ({@code gateways.*})
 * @param alerts          health alerts: thresholds, reminder interval, e-mail and webhook ({@code alerts.*})
 * @param store           where the store is ({@code store.*}): the SQLite file {@code dataFile} unless
 *                        {@code store.url} names PostgreSQL
 * @param uplink          the uplinks' SNMP agents ({@code uplink.snmp.*}, {@code uplink.backup.snmp.*})
 */
public record PitaConfig(Path dataFile, Path macKeyFile, Optional<Path> districtFile, String demoDistrict,
                         Radius radius, Web web, Coa coa, Duration controlPeriod, double hysteresis,
                         Duration minDwell, double clockSpeed, Optional<Instant> clockStart, Accounting accounting,
                         Duration personalDataRetention, Backup backup, Duration recordRetention,
                         Console console, Gateways gateways, Alerts alerts, StoreSettings store,
                         Uplink uplink) {
    /** The environment variable that may hold the store's password instead of the file. */
    public static final String STORE_PASSWORD_ENV = "PITA_STORE_PASSWORD";

    /**
     * @param url        JDBC URL of the store ({@code store.url}): empty (the default) for the SQLite file
     *                   {@code dataFile}, or {@code jdbc:postgresql://host:port/database}
     * @param user       the database user ({@code store.user}; PostgreSQL)
     * @param password   the database password ({@code store.password}, else the environment variable
     *                   {@value #STORE_PASSWORD_ENV}); never logged
     * @param secretsKey the key file sealing gateway secrets ({@code store.secretsKey}): required for PostgreSQL,
     *                   where every node must use a copy of the same file; for SQLite the default is
     *                   {@code secrets.key} beside {@code dataFile}
     */
    public record StoreSettings(String url, String user, String password, Optional<Path> secretsKey) {
        public StoreSettings {
            url = url == null ? "" : url.strip();
            user = user == null ? "" : user;
            password = password == null ? "" : password;
            secretsKey = secretsKey == null ? Optional.empty() : secretsKey;
        }

        /** Whether the store is a PostgreSQL database rather than the SQLite file. */
        public boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        @Override
        public String toString() {
            return "StoreSettings[" + (url.isEmpty() ? "dataFile" : url) + ", user=" + user + "]";
        }
    }

    /**
     * @param bindAddress   address the UDP ports bind ({@code radius.bindAddress}, default {@code 0.0.0.0})
     * @param workerThreads threads deciding Access-Requests and handing accounting on (1 to 64, default 2)
     * @param gatewayRate   datagrams a second one gateway may send (both ports), the excess dropped silently
     *                      ({@code radius.gatewayRate}, default 100, 0 = no limit; see GatewayRateLimit.Limits.DEFAULT)
     * @param gatewayBurst  datagrams one gateway may send at once above that rate ({@code radius.gatewayBurst},
     *                      default 100: 1 s of the rate)
     */
    public record Radius(String bindAddress, int authPort, int accountingPort, int workerThreads, int gatewayRate,
                         int gatewayBurst) {
        /** With the default per-gateway limit. */
        public Radius(String bindAddress, int authPort, int accountingPort, int workerThreads) {
            this(bindAddress, authPort, accountingPort, workerThreads,
                    id.pita.engine.radius.server.GatewayRateLimit.Limits.DEFAULT.perSecond(),
                    id.pita.engine.radius.server.GatewayRateLimit.Limits.DEFAULT.burst());
        }
    }

    /**
     * @param publicListener where citizens, gateways and the RFC 8908 API are served ({@code web.host},
     *                      {@code web.port}, or {@code web.public.*}; default {@code 0.0.0.0:8080})
     * @param admin         where the console, {@code /api/v1} and {@code /metrics} are served ({@code web.admin.*};
     *                      default {@code 127.0.0.1:8081}, port 0 when {@code web.port} is 0)
     * @param publicUrl     the portal's address as citizens' phones reach it ({@code web.publicUrl})
     * @param secureCookies mark console cookies {@code Secure} (set it when served over https; implied when the
     *                      admin listener has TLS)
     * @param ipBurst       portal logins one client address may make at once ({@code web.ipBurst}); a
     *                      masquerading hotspot shows all its citizens as one address, so raise it there
     * @param ipRefill      one more login for that address after this long ({@code web.ipRefill})
     * @param macBurst      portal logins one device may make at once ({@code web.macBurst})
     * @param macRefill     one more login for that device after this long ({@code web.macRefill})
     * @param tlsCheck      how often the certificate and key files are read again for a renewal
     *                      ({@code web.tlsCheck}, 1 s to 1 d, default 1 min)
     * @param gatewayBurst  portal logins one hotspot gateway may take at once, whatever MACs and addresses
     *                      ({@code web.gatewayBurst})
     * @param gatewayRefill one more login at that gateway after this long ({@code web.gatewayRefill})
     * @param credentialsPerHotspot most unused one-time credentials one hotspot gateway may hold at once
     *                      ({@code web.credentialsPerHotspot}); a flood at one park fills only its own share
     */
    public record Web(Listener publicListener, Listener admin, String publicUrl, boolean secureCookies, int ipBurst,
                      Duration ipRefill, int macBurst, Duration macRefill, Duration tlsCheck, int gatewayBurst,
                      Duration gatewayRefill, int credentialsPerHotspot) {
        /** The web settings before the per-gateway limits, which take their defaults. */
        public Web(Listener publicListener, Listener admin, String publicUrl, boolean secureCookies, int ipBurst,
                   Duration ipRefill, int macBurst, Duration macRefill, Duration tlsCheck) {
            this(publicListener, admin, publicUrl, secureCookies, ipBurst, ipRefill, macBurst, macRefill, tlsCheck,
                    300, Duration.ofMillis(50), 2000);
        }

        public Web {
            Check.notNull("web.public", publicListener);
            Check.notNull("web.admin", admin);
            Check.notNull("web.tlsCheck", tlsCheck);
        }

        /** The public listener's bind address (what {@code web.host} always meant). */
        public String host() {
            return publicListener.host();
        }

        /** The public listener's port (what {@code web.port} always meant). */
        public int port() {
            return publicListener.port();
        }

        /** Console cookies carry {@code Secure}: asked for, or the console is served over TLS. */
        public boolean consoleCookiesSecure() {
            return secureCookies || admin.tls().isPresent();
        }
    }

    /**
     * One HTTP listener.
     *
     * @param host             bind address ({@code host})
     * @param port             TCP port, 0 = any free one ({@code port})
     * @param tls              PEM certificate chain and key ({@code tls: {certificate, key}}); empty = plain HTTP
     * @param httpRedirectPort with TLS, a plain-HTTP port on the same host that answers every request with a
     *                         redirect to HTTPS ({@code httpRedirectPort}, 0 = any free one); empty = none
     */
    public record Listener(String host, int port, Optional<Tls> tls, OptionalInt httpRedirectPort) {
        public Listener {
            Check.notBlank("host", host);
            tls = tls == null ? Optional.empty() : tls;
            httpRedirectPort = httpRedirectPort == null ? OptionalInt.empty() : httpRedirectPort;
        }

        public static Listener plain(String host, int port) {
            return new Listener(host, port, Optional.empty(), OptionalInt.empty());
        }
    }

    /**
     * PEM files for a TLS listener, read at start and again whenever they change (a renewed certificate).
     *
     * @param certificate the certificate chain, server certificate first ({@code tls.certificate})
     * @param key         its private key, PKCS#8 or PKCS#1 ({@code tls.key})
     * @param field       the config key these came from, for error messages ({@code web.admin.tls})
     */
    public record Tls(Path certificate, Path key, String field) {
        public Tls {
            Check.notNull("certificate", certificate);
            Check.notNull("key", key);
            Check.notBlank("field", field);
        }
    }

    /**
     * @param timeout          wait for the first answer; doubles per retry up to {@code maxTimeout}
     * @param unreachableAfter pushes in a row unanswered (after every retry) that make a gateway's CoA port
     *                         unreachable: its pushes are then held, latest per session, and probed
     * @param probeFirst       first wait between probes of an unreachable gateway (Pita's clock), doubling up to
     *                         {@code probeMax}
     * @param maxHeld          pushes held per unreachable gateway (one per session)
     */
    public record Coa(int attempts, Duration timeout, Duration maxTimeout, int pushesPerSecond, int unreachableAfter,
                      Duration probeFirst, Duration probeMax, int maxHeld) {
        /** With the default handling of an unreachable gateway. */
        public Coa(int attempts, Duration timeout, Duration maxTimeout, int pushesPerSecond) {
            this(attempts, timeout, maxTimeout, pushesPerSecond, 2, Duration.ofSeconds(15), Duration.ofMinutes(2),
                    10_000);
        }
    }

    public record Accounting(int queueCapacity, int maxBatch, Duration maxDelay) {
    }

    /**
     * @param pitaAddress      the IPv4 address gateways reach Pita at, for RADIUS and the walled garden
     *                         ({@code gateways.pitaAddress}; default the host of {@code web.publicUrl} when it is
     *                         an address, else {@code radius.bindAddress} unless that is 0.0.0.0)
     * @param coaPort          where a gateway listens for CoA when its record says none ({@code gateways.coaPort},
     *                         default 3799)
     * @param openNdsInterface openNDS's gateway interface in its generated config ({@code gateways.openNdsInterface},
     *                         default br-lan)
     */
    public record Gateways(Optional<String> pitaAddress, int coaPort, String openNdsInterface) {
    }

    /**
     * @param every         how often the checks run ({@code alerts.every}, 10 s to 1 h of Pita's time, default 1 min; under
     *                      a fast clock at most once a second of real time)
     * @param reminder      how often a lasting alert is sent again ({@code alerts.reminder}, 1 min to 7 d, default 4 h)
     * @param gatewaySilent a gateway heard from before that is silent this long alerts ({@code alerts.gatewaySilent},
     *                      default 15 min)
     * @param poolPercent   pool use that counts as saturated ({@code alerts.poolPercent}, 50 to 100 %, default 95)
     * @param poolFor       for how long before it alerts ({@code alerts.poolFor}, default 10 min)
     * @param diskFreePercent free space on the data file's disk below which it alerts ({@code alerts.diskFreePercent},
     *                      1 to 50 %, default 10)
     * @param email         SMTP delivery, when {@code alerts.email.host} is set
     * @param telegram      Telegram Bot API delivery, when {@code alerts.telegram.token} is set
     */
    public record Alerts(Duration every, Duration reminder, Duration gatewaySilent, double poolPercent,
                         Duration poolFor, double diskFreePercent, Optional<Email> email, Optional<Telegram> telegram) {
    }

    /**
     * @param host     SMTP server ({@code alerts.email.host})
     * @param port     its port ({@code alerts.email.port}, default 587)
     * @param starttls {@code required}, {@code optional} (default) or {@code disabled} ({@code alerts.email.starttls})
     * @param from     sender address ({@code alerts.email.from})
     * @param to       recipients, comma-separated ({@code alerts.email.to})
     * @param username SMTP login, empty for none ({@code alerts.email.username}); never logged
     * @param password its password ({@code alerts.email.password}); never logged
     */
    public record Email(String host, int port, String starttls, String from, java.util.List<String> to,
                        String username, String password) {
        @Override
        public String toString() {
            return "Email[" + host + ":" + port + ", to=" + to + "]";
        }
    }

    /**
     * @param apiUrl the Bot API base ({@code alerts.telegram.apiUrl}, default {@code https://api.telegram.org})
     * @param token  the bot's token ({@code alerts.telegram.token}); never logged
     * @param chatId the chat or channel ({@code alerts.telegram.chatId})
     */
    public record Telegram(String apiUrl, String token, String chatId) {
        @Override
        public String toString() {
            return "Telegram[" + apiUrl + ", chat=" + chatId + "]";
        }
    }

    /**
     * @param dir  where backups go ({@code backup.dir}, default {@code backup/} next to the data file)
     * @param at   local time (district zone) of the daily backup ({@code backup.at}, default 02:00; {@code off}: none)
     * @param keep how many daily backups are kept, the oldest removed first ({@code backup.keep}, 1 to 1000, 14)
     */
    public record Backup(Path dir, Optional<java.time.LocalTime> at, int keep) {
    }

    /**
     * @param idleTimeout      a console session ends after this long without a request its user made
     *                         ({@code console.idleTimeout}, 1 min to 2 h, default 15 min)
     * @param absoluteTimeout  and in any case this long after its log-in ({@code console.absoluteTimeout}, 10 min to
     *                         24 h, default 12 h)
     * @param boostMaxDuration longest boost an OPD may request ({@code console.boostMaxDuration}, 15 min to 7 days,
     *                         default 12 h)
     * @param singleAdmin      a district with one admin, who may approve their own boosts ({@code console.singleAdmin})
     */
    public record Console(Duration idleTimeout, Duration absoluteTimeout, Duration boostMaxDuration,
                          boolean singleAdmin) {
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
        Check.notNull("control.minDwell", minDwell);
        clockStart = clockStart == null ? Optional.empty() : clockStart;
        Check.notNull("accounting", accounting);
        Check.notNull("privacy.retention", personalDataRetention);
        Check.notNull("backup", backup);
        Check.notNull("retention.records", recordRetention);
        Check.notNull("console", console);
        Check.notNull("gateways", gateways);
        Check.notNull("alerts", alerts);
        store = store == null ? new StoreSettings("", "", "", Optional.empty()) : store;
        uplink = uplink == null ? Uplink.NONE : uplink;
    }

    /** Whether the store a command works on is there: the SQLite file exists (a PostgreSQL database is assumed). */
    public boolean storeExists() {
        return store.postgres() || Files.exists(dataFile);
    }

    /** Opens (and migrates) the configured store for a command: the SQLite file or the PostgreSQL database. */
    public id.pita.core.store.Store openStore() {
        return id.pita.core.store.Store.open(storeTarget(), java.time.Clock.systemUTC());
    }

    /** The store to open: the SQLite file {@code dataFile}, or the PostgreSQL database of {@code store.url}. */
    public id.pita.core.store.StoreTarget storeTarget() {
        if (!store.postgres()) {
            return new id.pita.core.store.StoreTarget("jdbc:sqlite:" + dataFile.toAbsolutePath(), "", "",
                    store.secretsKey());
        }
        return new id.pita.core.store.StoreTarget(store.url(), store.user(), store.password(), store.secretsKey());
    }

    /**
     * @param main   the main uplink's interface ({@code uplink.snmp}); empty: the plan uses the contracted pool
     * @param backup the backup link's interface ({@code uplink.backup.snmp}); empty: {@code pool.backup} as written
     */
    public record Uplink(Optional<id.pita.engine.uplink.SnmpSettings> main,
                         Optional<id.pita.engine.uplink.SnmpSettings> backup) {
        public static final Uplink NONE = new Uplink(Optional.empty(), Optional.empty());
    }

    /** Every default (the config of {@code java -jar pita.jar} without {@code --config}). */
    public static PitaConfig defaults() {
        return read(new ConfigSection("", Map.of()), System.getenv());
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
        return parse(yaml, source, System.getenv());
    }

    /** Reads config text with {@code env} as the environment ({@value #STORE_PASSWORD_ENV}). */
    static PitaConfig parse(String yaml, String source, Map<String, String> env) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new InvalidValueException(source, "is not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (root == null) {
            return read(new ConfigSection("", Map.of()), env);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidValueException(source, "must be a mapping of settings");
        }
        var section = new ConfigSection("", map);
        var config = read(section, env);
        section.requireAllRead();
        return config;
    }

    private static PitaConfig read(ConfigSection s, Map<String, String> env) {
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
        var dwell = control.duration("minDwell", Duration.ofMinutes(5), Duration.ZERO, Duration.ofHours(1));
        var clock = s.section("clock");
        double speed = clock.decimal("speed", 1.0, 1.0, 100_000, "x");
        var start = Optional.ofNullable(clock.instant("start"));
        var web = web(s.section("web"));
        var retention = s.section("privacy").duration("retention", Duration.ofDays(30), Duration.ofDays(1),
                Duration.ofDays(400));
        var records = s.section("retention").duration("records", Duration.ofDays(90), Duration.ofDays(7),
                Duration.ofDays(3650));
        var radius = radius(s.section("radius"));
        return new PitaConfig(dataFile, macKey, districtFile, demo, radius, web,
                coa(s.section("coa")), period, hysteresis, dwell, speed, start, accounting(s.section("accounting")),
                retention, backup(s.section("backup"), parent), records, console(s.section("console")),
                gateways(s.section("gateways"), radius, web), alerts(s.section("alerts")),
                store(s.section("store"), env), UplinkConfig.read(s.section("uplink")));
    }

    private static StoreSettings store(ConfigSection s, Map<String, String> env) {
        var url = s.text("url", "");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql://") && !url.startsWith("jdbc:sqlite:")) {
            throw new InvalidValueException("store.url", "must be jdbc:postgresql://host:port/database (or empty for "
                    + "the SQLite file dataFile), was '" + url + "'");
        }
        if (url.startsWith("jdbc:sqlite:")) {
            throw new InvalidValueException("store.url", "a SQLite store is the file dataFile: set dataFile, not "
                    + "store.url");
        }
        var user = s.text("user", "");
        var password = s.text("password", env.getOrDefault(STORE_PASSWORD_ENV, ""));
        var key = Optional.ofNullable(s.text("secretsKey", null)).map(Path::of);
        if (!url.isEmpty() && key.isEmpty()) {
            throw new InvalidValueException("store.secretsKey", "is required with a PostgreSQL store: the file of the "
                    + "key that seals gateway secrets, a copy of the same file on every node");
        }
        if (!url.isEmpty() && user.isEmpty()) {
            throw new InvalidValueException("store.user", "is required with a PostgreSQL store");
        }
        return new StoreSettings(url, user, password, key);
    }

    private static Console console(ConfigSection s) {
        var idle = s.duration("idleTimeout", Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(2));
        var absolute = s.duration("absoluteTimeout", Duration.ofHours(12), Duration.ofMinutes(10),
                Duration.ofHours(24));
        var boost = s.duration("boostMaxDuration", Duration.ofHours(12), Duration.ofMinutes(15), Duration.ofDays(7));
        return new Console(idle, absolute, boost, s.bool("singleAdmin", false));
    }

    private static Alerts alerts(ConfigSection s) {
        var every = s.duration("every", Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofHours(1));
        var reminder = s.duration("reminder", Duration.ofHours(4), Duration.ofMinutes(1), Duration.ofDays(7));
        var silent = s.duration("gatewaySilent", Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofDays(1));
        var pool = s.decimal("poolPercent", 95, 50, 100, " %");
        var poolFor = s.duration("poolFor", Duration.ofMinutes(10), Duration.ZERO, Duration.ofDays(1));
        var disk = s.decimal("diskFreePercent", 10, 1, 50, " %");
        var e = s.section("email");
        Optional<Email> email = Optional.empty();
        var host = e.text("host", null);
        if (host != null) {
            var starttls = e.text("starttls", "optional");
            if (!java.util.Set.of("required", "optional", "disabled").contains(starttls)) {
                throw new InvalidValueException("alerts.email.starttls", "must be required, optional or disabled "
                        + "(was '" + starttls + "')");
            }
            var to = java.util.Arrays.stream(e.text("to", "").split(",")).map(String::strip).filter(x -> !x.isEmpty())
                    .toList();
            if (to.isEmpty()) {
                throw new InvalidValueException("alerts.email.to", "is required with alerts.email.host (addresses, "
                        + "comma-separated)");
            }
            email = Optional.of(new Email(host, e.integer("port", 587, 1, 65535, ""), starttls,
                    e.text("from", "pita@localhost"), to, e.text("username", ""), e.text("password", "")));
        }
        var t = s.section("telegram");
        Optional<Telegram> telegram = Optional.empty();
        var token = t.text("token", null);
        if (token != null) {
            var chat = t.text("chatId", null);
            if (chat == null) {
                throw new InvalidValueException("alerts.telegram.chatId", "is required with alerts.telegram.token");
            }
            telegram = Optional.of(new Telegram(t.text("apiUrl", "https://api.telegram.org"), token, chat));
        }
        return new Alerts(every, reminder, silent, pool / 100.0, poolFor, disk / 100.0, email, telegram);
    }

    private static Gateways gateways(ConfigSection s, Radius radius, Web web) {
        var host = java.net.URI.create(web.publicUrl()).getHost();
        var ipv4 = "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
        String fallback = host != null && host.matches(ipv4) ? host
                : radius.bindAddress().matches(ipv4) && !radius.bindAddress().equals("0.0.0.0") ? radius.bindAddress()
                : null;
        var address = s.text("pitaAddress", fallback);
        if (address != null && !address.matches(ipv4)) {
            throw new InvalidValueException("gateways.pitaAddress", "must be an IPv4 address (was '" + address + "')");
        }
        return new Gateways(Optional.ofNullable(address), s.integer("coaPort", 3799, 1, 65535, ""),
                s.text("openNdsInterface", "br-lan"));
    }

    private static Radius radius(ConfigSection s) {
        // On by default: GatewayRateLimit.Limits.DEFAULT says what a real gateway sends; the burst defaults to 1 s of it.
        var defaults = id.pita.engine.radius.server.GatewayRateLimit.Limits.DEFAULT;
        int rate = s.integer("gatewayRate", defaults.perSecond(), 0, 1_000_000, " requests/s");
        int burst = rate;
        return new Radius(s.text("bindAddress", "0.0.0.0"), s.integer("authPort", 1812, 0, 65535, ""),
                s.integer("accountingPort", 1813, 0, 65535, ""), s.integer("workerThreads", 2, 1, 64, " threads"),
                rate, s.integer("gatewayBurst", burst, rate == 0 ? 0 : 1, 10_000_000, " requests"));
    }

    private static Web web(ConfigSection s) {
        var legacyHost = s.text("host", null);
        var legacyPort = s.has("port") ? s.integer("port", 8080, 0, 65535, "") : null;
        var pub = listener(s.section("public"), legacyHost, legacyPort, "0.0.0.0", 8080);
        var url = s.text("publicUrl", (pub.tls().isPresent() ? "https" : "http") + "://localhost:"
                + (pub.port() == 0 ? 8080 : pub.port()) + "/");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new InvalidValueException("web.publicUrl", "must start with http:// or https:// (was '" + url + "')");
        }
        // A config that asks for a free public port (a test) gets a free admin port too, never a fixed 8081.
        var admin = listener(s.section("admin"), null, null, "127.0.0.1", pub.port() == 0 ? 0 : 8081);
        distinctPorts(pub, admin);
        var defaults = id.pita.portal.citizen.PortalSettings.defaults(url);
        return new Web(pub, admin, url, s.bool("secureCookies", false),
                s.integer("ipBurst", defaults.ipBurst(), 1, 100_000, " logins"),
                s.duration("ipRefill", defaults.ipRefill(), Duration.ofMillis(1), Duration.ofHours(1)),
                s.integer("macBurst", defaults.macBurst(), 1, 1000, " logins"),
                s.duration("macRefill", defaults.macRefill(), Duration.ofMillis(1), Duration.ofHours(1)),
                s.duration("tlsCheck", Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofDays(1)),
                s.integer("gatewayBurst", defaults.gatewayBurst(), 1, 1_000_000, " logins"),
                s.duration("gatewayRefill", defaults.gatewayRefill(), Duration.ofMillis(1), Duration.ofHours(1)),
                s.integer("credentialsPerHotspot", 2000, 1, Pita.CREDENTIAL_CAPACITY, " credentials"));
    }

    /** Two listeners on one port cannot both bind: say which key to change instead of "address in use". */
    private static void distinctPorts(Listener pub, Listener admin) {
        var ports = new java.util.LinkedHashMap<String, Integer>();
        ports.put("web.port", pub.port());
        pub.httpRedirectPort().ifPresent(p -> ports.put("web.public.httpRedirectPort", p));
        ports.put("web.admin.port", admin.port());
        admin.httpRedirectPort().ifPresent(p -> ports.put("web.admin.httpRedirectPort", p));
        var seen = new java.util.HashMap<Integer, String>();
        ports.forEach((key, port) -> {
            var first = port == 0 ? null : seen.putIfAbsent(port, key);
            if (first != null) {
                throw new InvalidValueException(key, "is " + port + ", the same port as " + first
                        + " (each listener needs its own)");
            }
        });
    }

    /** {@code web.public} or {@code web.admin}; the public one may also be given as {@code web.host/port}. */
    private static Listener listener(ConfigSection s, String legacyHost, Integer legacyPort, String host, int port) {
        if (legacyHost != null && s.has("host")) {
            throw new InvalidValueException(s.field("host"), "is given twice: also as web.host (keep one)");
        }
        if (legacyPort != null && s.has("port")) {
            throw new InvalidValueException(s.field("port"), "is given twice: also as web.port (keep one)");
        }
        var h = s.text("host", legacyHost != null ? legacyHost : host);
        int p = s.integer("port", legacyPort != null ? legacyPort : port, 0, 65535, "");
        var t = s.section("tls");
        Optional<Tls> tls = Optional.empty();
        if (t.has("certificate") || t.has("key")) {
            var cert = t.text("certificate", null);
            var key = t.text("key", null);
            if (cert == null || key == null) {
                throw new InvalidValueException(t.field(cert == null ? "certificate" : "key"),
                        "is required with " + t.field(cert == null ? "key" : "certificate"));
            }
            tls = Optional.of(new Tls(Path.of(cert), Path.of(key), t.field("")));
        }
        var redirect = OptionalInt.empty();
        if (s.has("httpRedirectPort")) {
            if (tls.isEmpty()) {
                throw new InvalidValueException(s.field("httpRedirectPort"), "needs " + t.field("certificate")
                        + " and " + t.field("key") + " (a redirect to HTTPS needs HTTPS)");
            }
            redirect = OptionalInt.of(s.integer("httpRedirectPort", 0, 0, 65535, ""));
        }
        return new Listener(h, p, tls, redirect);
    }

    private static Coa coa(ConfigSection s) {
        int attempts = s.integer("attempts", 3, 1, 10, " attempts");
        var timeout = s.duration("timeout", Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofSeconds(60));
        var max = s.duration("maxTimeout", Duration.ofSeconds(8), timeout, Duration.ofSeconds(300));
        int perSecond = s.integer("pushesPerSecond", 20, 1, 1000, " pushes/s");
        int after = s.integer("unreachableAfter", 2, 1, 100, " pushes");
        var probeFirst = s.duration("probeFirst", Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofHours(1));
        var probeMax = s.duration("probeMax", Duration.ofMinutes(2), probeFirst, Duration.ofHours(1));
        int maxHeld = s.integer("maxHeld", 10_000, 1, 1_000_000, " pushes");
        return new Coa(attempts, timeout, max, perSecond, after, probeFirst, probeMax, maxHeld);
    }

    private static Backup backup(ConfigSection s, Path dataDir) {
        var dir = Path.of(s.text("dir", dataDir.resolve("backup").toString()));
        var at = s.text("at", "02:00");
        Optional<java.time.LocalTime> time;
        if (at.equalsIgnoreCase("off") || at.equalsIgnoreCase("false")) {
            time = Optional.empty();
        } else {
            try {
                time = Optional.of(java.time.LocalTime.parse(at.length() == 4 ? "0" + at : at));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidValueException("backup.at", "must be a local time like 02:00, or off (was '" + at
                        + "')");
            }
        }
        return new Backup(dir, time, s.integer("keep", 14, 1, 1000, " backups"));
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
                minDwell, clockSpeed, clockStart, accounting, personalDataRetention, backup, recordRetention, console,
                gateways, alerts, store, uplink);
    }

    /** The same config on another store (the data file stays for the MAC key and backups): for tests. */
    public PitaConfig withStore(StoreSettings other) {
        return new PitaConfig(dataFile, macKeyFile, districtFile, demoDistrict, radius, web, coa, controlPeriod,
                hysteresis, minDwell, clockSpeed, clockStart, accounting, personalDataRetention, backup,
                recordRetention, console, gateways, alerts, other, uplink);
    }
}
