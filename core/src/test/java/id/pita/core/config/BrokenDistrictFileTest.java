package id.pita.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.pita.core.store.Store;
import id.pita.core.testing.TestStores;

/**
 * Each fixture under {@code broken/} is the valid {@code base.yaml} with one mistake. The error must
 * name file, line, column and field exactly, and importing it must leave the store as it was.
 */
class BrokenDistrictFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad-unit.yaml|bad-unit.yaml:36:21: sites[0].ceiling.down: not a rate: '50Mb' "
                + "(write bit/s like 512k, 100M, 1G or 1.5 Mbps)",
        "unknown-key.yaml|unknown-key.yaml:40:5: sites[1].wieght: unknown key 'wieght' (expected one of: alwaysOn, "
                + "area, ceiling, code, guarantee, kind, name, password, voucherRequired, weight)",
        "guarantee-over-ceiling.yaml|guarantee-over-ceiling.yaml:40:23: sites[1].guarantee.down: must not exceed "
                + "ceiling.down (30000000 > 20000000)",
        "gateway-unknown-site.yaml|gateway-unknown-site.yaml:44:26: gateways[1].site: unknown site 'tamann'",
        "missing-include.yaml|missing-include.yaml:10:21: calendar.holidays.include[1]: no holiday list 'id-2099' "
                + "(calendar/holidays-id-2099.yaml not found)",
        "bad-tier.yaml|bad-tier.yaml:7:21: pool.tiers[1]: must be one of alwaysOn, office, hotspot (was 'hotspots')",
        "backup-over-main.yaml|backup-over-main.yaml:7:11: pool.backup: must not exceed the main link's capacity (200M/10M > 100M/100M)",
        "zero-ceiling.yaml|zero-ceiling.yaml:36:21: sites[0].ceiling.down: must be positive (was 0)",
    })
    void brokenFileNamesPositionAndFieldAndLeavesStoreUnchanged(String fixture, String message) throws IOException {
        var file = copy(fixture);
        try (var store = TestStores.open(dir)) {
            var base = DistrictImporter.importFile(store, copy("base.yaml"));
            assertThatThrownBy(() -> DistrictImporter.importFile(store, file))
                    .isInstanceOf(DistrictFileException.class)
                    .hasMessage(message);
            assertThat(store.districts().codes()).containsExactly("demo-kecil");
            assertThat(store.districts().load("demo-kecil")).contains(base);
        }
    }

    @Test
    void baseFixtureIsValid() throws IOException {
        var d = DistrictFile.load(copy("base.yaml"));
        assertThat(d.sites()).hasSize(2);
        assertThat(d.calendar().holidays()).hasSize(5);
        assertThat(d.calendar().exceptions().get(0).hours().isWorkingDay()).isFalse();
    }

    @Test
    void brokenFileOfANewDistrictAddsNothing() throws IOException {
        var text = Files.readString(copy("zero-ceiling.yaml")).replace("code: demo-kecil", "code: baru");
        var file = Files.writeString(dir.resolve("baru.yaml"), text);
        try (var store = TestStores.open(dir)) {
            assertThatThrownBy(() -> DistrictImporter.importFile(store, file))
                    .hasMessageStartingWith("baru.yaml:36:21: sites[0].ceiling.down:");
            assertThat(store.districts().codes()).isEmpty();
        }
    }

    @Test
    void yamlSyntaxErrorIsPositioned() {
        var yaml = "code: x\nname: [unclosed\nzone: Asia/Makassar\n";
        assertThatThrownBy(() -> DistrictFile.load("syntax.yaml", new java.io.StringReader(yaml)))
                .isInstanceOf(DistrictFileException.class)
                .hasMessageStartingWith("syntax.yaml:3:")
                .hasMessageContaining("YAML syntax");
    }

    @Test
    void duplicateKeyIsAnError() {
        var yaml = "code: x\ncode: y\n";
        assertThatThrownBy(() -> DistrictFile.load("dup.yaml", new java.io.StringReader(yaml)))
                .hasMessage("dup.yaml:2:1: code: duplicate key 'code'");
    }

    private Path copy(String fixture) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("broken/" + fixture)) {
            var target = dir.resolve(fixture);
            Files.write(target, in.readAllBytes());
            return target;
        }
    }
}
