package id.pita.portal.cli;

import static id.pita.portal.cli.PitaCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictFiles;
import id.pita.core.config.DistrictImporter;
import id.pita.core.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pita holidays} and {@code pita gateway-config} on a real store made for the test. */
class HolidaysAndGatewayConfigCliTest {
    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void installation() throws IOException {
        var data = dir.resolve("pita.db");
        try (var store = Store.open(data)) {
            DistrictImporter.importInto(store, DistrictFiles.demo("paser"));
        }
        config = Files.writeString(dir.resolve("pita.yaml"), "dataFile: " + data + "\n"
                + "web: {publicUrl: \"https://wifi.paser.go.id/\"}\ngateways: {pitaAddress: 10.20.0.5}\n");
    }

    @Test
    void holidaysListShowsTheShippedYearsAndImportReplacesOne() throws IOException {
        var list = run("holidays", "list", "--config", config.toString());
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("2026: 25 hari, resmi").contains("2027: 18 hari, PERKIRAAN (14 tanggal "
                + "perkiraan)");

        var file = Files.writeString(dir.resolve("skb-2027.yaml"), """
                year: 2027
                confirmed: true
                source: "SKB 2027 (test)"
                holidays:
                  - {date: 2027-01-01, name: "Tahun Baru 2027 Masehi", kind: NATIONAL}
                """);
        var imported = run("holidays", "import", file.toString(), "--config", config.toString(), "--lang", "en");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("2027: 1 days, confirmed — SKB 2027 (test)\n");
        assertThat(run("holidays", "list", "--config", config.toString()).out()).contains("2027: 1 hari, resmi");

        var bad = run("holidays", "import", dir.resolve("missing.yaml").toString(), "--config", config.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("tidak dapat membaca");
    }

    @Test
    void gatewayConfigPrintsTheMikrotikScriptWithItsSecretAndOneFileOnRequest() {
        var all = run("gateway-config", "psr-gw-hs-alun-alun-tgt", "--config", config.toString());
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("==> pita-setup.rsc <==").contains("==> pita-login.html <==")
                .contains("/radius incoming set accept=yes port=3799");
        var secret = DistrictFiles.demo("paser").gateway("psr-gw-hs-alun-alun-tgt").orElseThrow().secret();
        assertThat(all.out()).contains("secret=\"" + secret + "\"");

        var one = run("gateway-config", "psr-gw-hs-alun-alun-tgt", "--file", "pita-login.html",
                "--config", config.toString());
        assertThat(one.out()).startsWith("<!doctype html>").doesNotContain("==>");

        var unknown = run("gateway-config", "nope", "--config", config.toString());
        assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no gateway 'nope'");
    }

    @Test
    void gatewayConfigWithoutAnAddressForTheGatewaysSaysWhichKeyToSet() throws IOException {
        Files.writeString(config, Files.readString(config).replace("gateways: {pitaAddress: 10.20.0.5}\n", ""));
        var r = run("gateway-config", "psr-gw-hs-alun-alun-tgt", "--config", config.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("gateways.pitaAddress");
    }
}
