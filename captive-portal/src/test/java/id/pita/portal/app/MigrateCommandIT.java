package id.pita.portal.app;

import static id.pita.portal.app.StoreCommandsIT.pita;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.SiteKind;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.store.Store;
import id.pita.core.testing.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pita migrate} on a real district: the release-0.1 store (with its history) plus a simulated office day of
 * accounting on its hotspots, moved into a fresh database on a real PostgreSQL 15; the counts of every table and
 * the sums of the octet columns are read back from both databases by the test itself and must be equal; a second
 * run is refused (the target is not empty) unless {@code --replace}; then Pita serves from PostgreSQL: the same
 * district (its sealed secrets open with the copied key), its history, new accounting, its HTTP status page.
 */
class MigrateCommandIT {
    static final Instant DAY = Instant.parse("2026-11-24T23:00:00Z"); // Wednesday 07:00 WITA
    static final int DEVICES = 40;

    @TempDir
    Path dir;

    @Test
    void aDistrictWithADayOfHistoryMovesToPostgresqlWithEqualCountsAndSumsAndIsServedFromThere() throws Exception {
        var file = dir.resolve("var/pita.db");
        Files.createDirectories(file.getParent());
        try (var in = getClass().getClassLoader().getResourceAsStream("fixtures/pita-0.1.db")) {
            Files.copy(in, file);
        }
        id.pita.core.district.District before;
        int records;
        try (var store = Store.open(file)) {
            records = simulateADay(store);
            before = store.districts().load(store.districts().codes().get(0)).orElseThrow();
        }
        var server = PostgresServer.shared();
        var url = server.createDatabase();
        var cfg = dir.resolve("pita.yaml");
        Files.writeString(cfg, "dataFile: " + file + "\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0}\n"
                + "store: {url: \"" + url + "\", user: " + server.user() + ", password: " + server.password()
                + ", secretsKey: \"" + dir.resolve("pg/secrets.key") + "\"}\n");

        var run = pita("migrate", "--config", cfg.toString(), "--lang", "en");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Migrated: " + file + " -> " + url).contains("counts and sums equal")
                .doesNotContain("DIFFERENT");
        assertThat(run.out()).containsPattern("accounting\\s+rows\\s+" + (15 + records) + "\\s+" + (15 + records));

        // The test's own reading of both databases, not the command's.
        Map<String, Long> sqlite;
        Map<String, Long> postgres;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sqlite = figures(c, tables(c));
        }
        try (var c = DriverManager.getConnection(url, server.user(), server.password())) {
            postgres = figures(c, sqlite.keySet().stream().filter(k -> k.endsWith(" rows"))
                    .map(k -> k.substring(0, k.length() - " rows".length())).toList());
        }
        assertThat(sqlite).containsEntry("accounting rows", 15L + records);
        assertThat(sqlite.get("accounting sum(download_bytes)")).isGreaterThan(DEVICES * 100_000_000L);
        assertThat(postgres).isEqualTo(sqlite);
        assertThat(Files.readString(dir.resolve("pg/secrets.key")))
                .isEqualTo(Files.readString(file.resolveSibling("secrets.key")));

        var again = pita("migrate", "--config", cfg.toString(), "--lang", "en");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("is not empty").contains("--replace");
        var replaced = pita("migrate", "--config", cfg.toString(), "--lang", "en", "--replace");
        assertThat(replaced.code()).as(replaced.out() + replaced.err()).isZero();

        // Pita on PostgreSQL: the same district, its day's history, and it takes new accounting.
        var config = PitaConfig.load(cfg);
        var p = Pita.start(config, Clock.fixed(DAY.plus(Duration.ofHours(12)), ZoneOffset.UTC))
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            assertThat(p.store().description()).isEqualTo(url);
            assertThat(p.store().districts().load(before.code())).contains(before);
            var hotspot = hotspotGateways(before).get(0);
            var site = before.gateway(hotspot).orElseThrow().siteCode();
            var day = p.store().usage().forSite(site, DAY, DAY.plus(Duration.ofDays(1)));
            assertThat(day).hasSize(11); // 07:00 to 17:00 WITA, the Stop at 17:00 in the eleventh hour
            assertThat(p.store().accounting().apply(List.of(new AccountingRecord(hotspot, "after-move",
                    AcctStatus.START, "warga", "AA:BB:CC:DD:EE:99", "10.9.0.9", 0, 0, 0, "", DAY.plusSeconds(43200)))))
                    .isEqualTo(1);
            assertThat(p.store().sessions().byKey(hotspot + "/after-move")).isPresent();
            var status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + p.webAddress().getPort() + "/status")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
        } finally {
            p.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        try (var c = DriverManager.getConnection(url, server.user(), server.password());
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM accounting")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(15L + records + 1);
        }
    }

    /** An office day on the district's hotspots: each device from 07:00 to 17:00 WITA, an interim every 10 minutes. */
    static int simulateADay(Store store) {
        var district = store.districts().load(store.districts().codes().get(0)).orElseThrow();
        var gateways = hotspotGateways(district);
        var all = new ArrayList<AccountingRecord>();
        for (int d = 0; d < DEVICES; d++) {
            var gw = gateways.get(d % gateways.size());
            var mac = String.format("02:00:00:00:%02X:%02X", d / 256, d % 256);
            var id = "day-" + d;
            int steps = 60;
            for (int i = 0; i <= steps; i++) {
                var status = i == 0 ? AcctStatus.START : i == steps ? AcctStatus.STOP : AcctStatus.INTERIM_UPDATE;
                long down = i * (3_000_000L + d * 1000L);
                all.add(new AccountingRecord(gw, id, status, "warga-" + d, mac, "10.50.0." + (d + 2), down / 8, down,
                        i * 600L, status == AcctStatus.STOP ? "User-Request" : "", DAY.plusSeconds(i * 600L)));
            }
        }
        all.sort(java.util.Comparator.comparing(AccountingRecord::receivedAt));
        for (int from = 0; from < all.size(); from += 200) {
            store.accounting().apply(all.subList(from, Math.min(all.size(), from + 200)));
        }
        return all.size();
    }

    static List<String> hotspotGateways(id.pita.core.district.District district) {
        var hotspots = district.sites().stream().filter(s -> s.kind() == SiteKind.HOTSPOT).map(s -> s.code()).toList();
        var ids = district.gateways().stream().filter(g -> hotspots.contains(g.siteCode())).map(g -> g.id())
                .limit(4).toList();
        assertThat(ids).hasSize(4);
        return ids;
    }

    static List<String> tables(Connection sqlite) throws Exception {
        var out = new ArrayList<String>();
        try (var rs = sqlite.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static Map<String, Long> figures(Connection c, List<String> tables) throws Exception {
        var out = new LinkedHashMap<String, Long>();
        for (var t : tables) {
            out.put(t + " rows", one(c, "SELECT COUNT(*) FROM " + t));
            if (List.of("accounting", "session", "usage_hourly").contains(t)) {
                out.put(t + " sum(upload_bytes)", one(c, "SELECT COALESCE(SUM(upload_bytes), 0) FROM " + t));
                out.put(t + " sum(download_bytes)", one(c, "SELECT COALESCE(SUM(download_bytes), 0) FROM " + t));
            }
        }
        return out;
    }

    static long one(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
