package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PitaConfigTest {
    @Test
    void defaultsServeNoDemoOnStandardPortsFromDataPitaDb() {
        var c = PitaConfig.defaults();

        assertThat(c.dataFile()).isEqualTo(Path.of("data/pita.db"));
        assertThat(c.macKeyFile()).isEqualTo(Path.of("data/pita.db").toAbsolutePath().getParent()
                .resolve("mac-hash.key"));
        assertThat(c.districtFile()).isEmpty();
        assertThat(c.demoDistrict()).isEmpty();
        assertThat(c.radius()).isEqualTo(new PitaConfig.Radius("0.0.0.0", 1812, 1813, 2));
        assertThat(c.web().port()).isEqualTo(8080);
        assertThat(c.web().ipBurst()).isEqualTo(60);
        assertThat(c.web().macRefill()).isEqualTo(Duration.ofSeconds(12));
        assertThat(c.controlPeriod()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.hysteresis()).isEqualTo(0.10);
        assertThat(c.clockSpeed()).isEqualTo(1.0);
        assertThat(c.accounting()).isEqualTo(new PitaConfig.Accounting(50_000, 500, Duration.ofMillis(5)));
        assertThat(c.personalDataRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(c.backup()).isEqualTo(new PitaConfig.Backup(Path.of("data/pita.db").toAbsolutePath().getParent()
                .resolve("backup"), java.util.Optional.of(java.time.LocalTime.of(2, 0)), 14));
        assertThat(c.recordRetention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void backupAndRetentionKeys() {
        var c = PitaConfig.parse("backup: {dir: /var/backups/pita, at: \"03:15\", keep: 30}\n"
                + "retention: {records: 180d}\n", "t");
        assertThat(c.backup()).isEqualTo(new PitaConfig.Backup(Path.of("/var/backups/pita"),
                java.util.Optional.of(java.time.LocalTime.of(3, 15)), 30));
        assertThat(c.recordRetention()).isEqualTo(Duration.ofDays(180));
        assertThat(PitaConfig.parse("backup: {at: off}\n", "t").backup().at()).isEmpty();
        assertThatThrownBy(() -> PitaConfig.parse("backup: {at: \"25:00\"}\n", "t"))
                .hasMessage("backup.at: must be a local time like 02:00, or off (was '25:00')");
        assertThatThrownBy(() -> PitaConfig.parse("retention: {records: 3d}\n", "t"))
                .hasMessage("retention.records: must be between 7d and 3650d (was 3d)");
        assertThatThrownBy(() -> PitaConfig.parse("backup: {keep: 0}\n", "t"))
                .hasMessageStartingWith("backup.keep: must be between 1 backups and 1000 backups");
    }

    @Test
    void readsEverySectionOfAFile(@TempDir Path dir) throws Exception {
        var file = dir.resolve("pita.yaml");
        Files.writeString(file, """
                dataFile: /srv/pita/pita.db
                district: {file: /etc/pita/paser.yaml}
                radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0, workerThreads: 4}
                web: {host: 127.0.0.1, port: 9090, publicUrl: "https://wifi.paserkab.go.id/", secureCookies: true,
                  ipBurst: 600, ipRefill: 50ms, macBurst: 3, macRefill: 20s}
                coa: {attempts: 2, timeout: 500ms, maxTimeout: 2s, pushesPerSecond: 50}
                control: {period: 10s, hysteresisPercent: 5}
                clock: {speed: 144, start: "2026-11-23T15:50:00+08:00"}
                accounting: {queueCapacity: 1000, maxBatch: 100, maxDelay: 0ms}
                privacy: {retention: 90d}
                """);

        var c = PitaConfig.load(file);

        assertThat(c.dataFile()).isEqualTo(Path.of("/srv/pita/pita.db"));
        assertThat(c.macKeyFile()).isEqualTo(Path.of("/srv/pita/mac-hash.key"));
        assertThat(c.districtFile()).contains(Path.of("/etc/pita/paser.yaml"));
        assertThat(c.radius()).isEqualTo(new PitaConfig.Radius("127.0.0.1", 0, 0, 4));
        assertThat(c.web()).isEqualTo(new PitaConfig.Web(PitaConfig.Listener.plain("127.0.0.1", 9090),
                PitaConfig.Listener.plain("127.0.0.1", 8081), "https://wifi.paserkab.go.id/", true, 600,
                Duration.ofMillis(50), 3, Duration.ofSeconds(20), Duration.ofMinutes(1)));
        assertThat(c.coa()).isEqualTo(new PitaConfig.Coa(2, Duration.ofMillis(500), Duration.ofSeconds(2), 50));
        assertThat(c.controlPeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.hysteresis()).isEqualTo(0.05);
        assertThat(c.clockSpeed()).isEqualTo(144.0);
        assertThat(c.clockStart()).contains(Instant.parse("2026-11-23T07:50:00Z"));
        assertThat(c.accounting()).isEqualTo(new PitaConfig.Accounting(1000, 100, Duration.ZERO));
        assertThat(c.personalDataRetention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void listenersAndTlsHaveTheirOwnKeys() {
        var c = PitaConfig.parse("""
                web:
                  public: {host: 0.0.0.0, port: 443, httpRedirectPort: 80,
                           tls: {certificate: /etc/pita/fullchain.pem, key: /etc/pita/privkey.pem}}
                  admin: {host: 10.99.0.1, port: 8443, tls: {certificate: /etc/pita/admin.pem, key: /etc/pita/admin.key}}
                  tlsCheck: 5m
                """, "pita.yaml").web();

        assertThat(c.publicListener()).isEqualTo(new PitaConfig.Listener("0.0.0.0", 443, Optional.of(new PitaConfig.Tls(
                Path.of("/etc/pita/fullchain.pem"), Path.of("/etc/pita/privkey.pem"), "web.public.tls")),
                OptionalInt.of(80)));
        assertThat(c.admin().host()).isEqualTo("10.99.0.1");
        assertThat(c.admin().tls().orElseThrow().key()).isEqualTo(Path.of("/etc/pita/admin.key"));
        assertThat(c.admin().httpRedirectPort()).isEmpty();
        assertThat(c.tlsCheck()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.consoleCookiesSecure()).isTrue();
        assertThat(c.publicUrl()).as("the default public URL follows TLS").isEqualTo("https://localhost:443/");
        assertThat(PitaConfig.parse("web: {port: 0}", "t").web().admin().port()).as("a test's free port").isZero();
    }

    @Test
    void listenerMistakesAreOneLineNamingTheKey() {
        assertThatThrownBy(() -> PitaConfig.parse("web: {host: 0.0.0.0, public: {host: 10.0.0.1}}", "pita.yaml"))
                .hasMessage("web.public.host: is given twice: also as web.host (keep one)");
        assertThatThrownBy(() -> PitaConfig.parse("web: {admin: {port: 70000}}", "pita.yaml"))
                .hasMessage("web.admin.port: must be between 0 and 65535 (was 70000)");
        assertThatThrownBy(() -> PitaConfig.parse("web: {admin: {tls: {certificate: a.pem}}}", "pita.yaml"))
                .hasMessage("web.admin.tls.key: is required with web.admin.tls.certificate");
        assertThatThrownBy(() -> PitaConfig.parse("web: {admin: {httpRedirectPort: 80}}", "pita.yaml"))
                .hasMessageStartingWith("web.admin.httpRedirectPort: needs web.admin.tls.certificate");
        assertThatThrownBy(() -> PitaConfig.parse("web: {admin: {tls: {cert: a.pem}}}", "pita.yaml"))
                .hasMessageStartingWith("web.admin.tls.cert: is not a known setting");
        assertThatThrownBy(() -> PitaConfig.parse("web: {port: 8081}", "pita.yaml"))
                .hasMessage("web.admin.port: is 8081, the same port as web.port (each listener needs its own)");
        assertThatThrownBy(() -> PitaConfig.parse("web: {tlsCheck: 100ms}", "pita.yaml"))
                .hasMessage("web.tlsCheck: must be between 1s and 1d (was 100ms)");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingIt() {
        assertThatThrownBy(() -> PitaConfig.parse("radius: {authport: 1812}\n", "pita.yaml"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("radius.authport: is not a known setting")
                .hasMessageContaining("authPort");
        assertThatThrownBy(() -> PitaConfig.parse("dataFlie: x.db\n", "pita.yaml"))
                .hasMessageStartingWith("dataFlie: is not a known setting");
    }

    @Test
    void outOfRangeValuesNameTheFieldBoundsAndUnit() {
        assertThatThrownBy(() -> PitaConfig.parse("radius: {authPort: 70000}", "pita.yaml"))
                .hasMessage("radius.authPort: must be between 0 and 65535 (was 70000)");
        assertThatThrownBy(() -> PitaConfig.parse("control: {period: 1s}", "pita.yaml"))
                .hasMessage("control.period: must be between 5s and 10m (was 1s)");
        assertThatThrownBy(() -> PitaConfig.parse("clock: {speed: 0.5}", "pita.yaml"))
                .hasMessage("clock.speed: must be between 1.0x and 100000.0x (was 0.5x)");
        assertThatThrownBy(() -> PitaConfig.parse("accounting: {maxBatch: 0}", "pita.yaml"))
                .hasMessage("accounting.maxBatch: must be between 1 records and 10000 records (was 0 records)");
        assertThatThrownBy(() -> PitaConfig.parse("coa: {timeout: soon}", "pita.yaml"))
                .hasMessageStartingWith("coa.timeout: must be a duration like 500ms");
        assertThatThrownBy(() -> PitaConfig.parse("privacy: {retention: 12h}", "pita.yaml"))
                .hasMessage("privacy.retention: must be between 1d and 400d (was 12h)");
        assertThatThrownBy(() -> PitaConfig.parse("web: {publicUrl: wifi.example}", "pita.yaml"))
                .hasMessageStartingWith("web.publicUrl: must start with http:// or https://");
    }

    @Test
    void brokenYamlAndAMissingFileAreOneLineErrors(@TempDir Path dir) {
        assertThatThrownBy(() -> PitaConfig.parse("radius: [1, 2\n", "pita.yaml"))
                .hasMessageStartingWith("pita.yaml: is not valid YAML").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PitaConfig.parse("- 1\n", "pita.yaml"))
                .hasMessage("pita.yaml: must be a mapping of settings");
        assertThatThrownBy(() -> PitaConfig.load(dir.resolve("missing.yaml")))
                .hasMessageStartingWith("--config: cannot read " + dir.resolve("missing.yaml"));
    }

    @Test
    void anEmptyFileMeansDefaults() {
        assertThat(PitaConfig.parse("", "pita.yaml")).isEqualTo(PitaConfig.defaults());
    }

    @Test
    void storeIsTheSqliteFileByDefaultAndPostgresqlByUrlWithThePasswordFromTheEnvironment() {
        var defaults = PitaConfig.parse("dataFile: /var/lib/pita/pita.db\n", "t", java.util.Map.of());
        assertThat(defaults.store().postgres()).isFalse();
        assertThat(defaults.storeTarget().url()).isEqualTo("jdbc:sqlite:/var/lib/pita/pita.db");

        var yaml = "store: {url: \"jdbc:postgresql://10.20.0.7:5432/pita\", user: pita, secretsKey: /etc/pita/s.key}\n";
        var pg = PitaConfig.parse(yaml, "t", java.util.Map.of(PitaConfig.STORE_PASSWORD_ENV, "dari-env"));
        assertThat(pg.store().postgres()).isTrue();
        var target = pg.storeTarget();
        assertThat(target.url()).isEqualTo("jdbc:postgresql://10.20.0.7:5432/pita");
        assertThat(target.user()).isEqualTo("pita");
        assertThat(target.password()).isEqualTo("dari-env");
        assertThat(target.secretsKey()).contains(Path.of("/etc/pita/s.key"));
        assertThat(pg.store().toString() + target).doesNotContain("dari-env");
        // The file's password wins over the environment.
        var both = PitaConfig.parse(yaml.replace("user: pita", "user: pita, password: dari-berkas"), "t",
                java.util.Map.of(PitaConfig.STORE_PASSWORD_ENV, "dari-env"));
        assertThat(both.storeTarget().password()).isEqualTo("dari-berkas");
    }

    @Test
    void aPostgresqlStoreNeedsItsSecretsKeyAndUserAndAnOtherUrlIsRefused() {
        assertThatThrownBy(() -> PitaConfig.parse("store: {url: \"jdbc:postgresql://db/pita\", user: pita}\n", "t"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("store.secretsKey");
        assertThatThrownBy(() -> PitaConfig.parse("store: {url: \"jdbc:postgresql://db/pita\", secretsKey: k}\n", "t"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("store.user");
        assertThatThrownBy(() -> PitaConfig.parse("store: {url: \"jdbc:mysql://db/pita\"}\n", "t"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("store.url");
        assertThatThrownBy(() -> PitaConfig.parse("store: {url: \"jdbc:postgresql://db/p\", user: u, secretsKey: k, "
                + "pasword: x}\n", "t")).isInstanceOf(InvalidValueException.class).hasMessageContaining("pasword");
    }

    @Test
    void uplinkSnmpIsOffByDefaultAndEachBadKeyIsNamed() {
        assertThat(PitaConfig.defaults().uplink()).isEqualTo(PitaConfig.Uplink.NONE);
        var v2c = PitaConfig.parse("uplink: {snmp: {host: 10.20.0.1, community: ro, ifIndex: 3}}\n", "t").uplink()
                .main().orElseThrow();
        assertThat(v2c.port()).isEqualTo(161);
        assertThat(v2c.period()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(v2c.toString()).doesNotContain("ro,").doesNotContain("community");
        var v3 = PitaConfig.parse("uplink: {snmp: {host: h, version: 3, ifIndex: 1, user: pita, auth: SHA-256, "
                + "authPassword: \"12345678\", priv: AES, privPassword: \"abcdefgh\"}}\n", "t").uplink().main().orElseThrow();
        assertThat(v3.v3().orElseThrow().auth()).isEqualTo(id.pita.engine.uplink.SnmpSettings.Auth.SHA256);
        assertThat(v3.v3().orElseThrow().toString()).doesNotContain("12345678").doesNotContain("abcdefgh");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: h, community: ro}}\n", "t"))
                .hasMessageContaining("uplink.snmp.ifIndex");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: h, ifIndex: 3}}\n", "t"))
                .hasMessageContaining("uplink.snmp.community");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: h, version: 1, ifIndex: 3}}\n", "t"))
                .hasMessageContaining("uplink.snmp.version");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: h, community: c, ifIndex: 3, "
                + "period: 1ms}}\n", "t")).hasMessageContaining("uplink.snmp.period");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: h, version: 3, ifIndex: 3, user: u, "
                + "authPassword: short}}\n", "t")).hasMessageContaining("uplink.snmp.authPassword");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: h, community: c, ifIndex: 3, "
                + "colour: red}}\n", "t")).hasMessageContaining("colour");
        var both = PitaConfig.parse("uplink: {snmp: {host: a, community: c, ifIndex: 3}, backup: {snmp: {host: b, "
                + "community: d, ifIndex: 5}}}\n", "t").uplink();
        assertThat(both.backup().orElseThrow().ifIndex()).isEqualTo(5);
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {backup: {snmp: {host: b, community: d, ifIndex: 5}}}\n",
                "t")).hasMessageContaining("uplink.backup.snmp").hasMessageContaining("needs uplink.snmp");
        assertThatThrownBy(() -> PitaConfig.parse("uplink: {snmp: {host: a, community: c, ifIndex: 3}, backup: "
                + "{snmp: {host: b, ifIndex: 5}}}\n", "t")).hasMessageContaining("uplink.backup.snmp.community");
    }
}
