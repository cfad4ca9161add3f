package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictFile;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.core.testing.TestStores;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 3: the per-gateway CoA fallback setting, from the district file to the store and back. */
class GatewayCoaFallbackTest {
    @TempDir
    Path dir;

    @Test
    void onByDefaultForMikrotikOnlyAndAsTheFileSaysOtherwise() throws Exception {
        var demo = DistrictFiles.demo("paser");
        assertThat(demo.gateways()).filteredOn(g -> g.vendor() == Vendor.MIKROTIK).isNotEmpty()
                .allMatch(Gateway::coaFallback);
        assertThat(demo.gateways()).filteredOn(g -> g.vendor() != Vendor.MIKROTIK).isNotEmpty()
                .noneMatch(Gateway::coaFallback);

        var yaml = Files.readString(Path.of(getClass().getResource("/districts/paser.yaml").toURI()))
                .replace("{id: psr-gw-setda, site: setda, address: 192.0.2.1, vendor: MIKROTIK,",
                        "{id: psr-gw-setda, site: setda, address: 192.0.2.1, vendor: MIKROTIK, coaFallback: false,");
        var edited = DistrictFile.load("paser.yaml", new StringReader(yaml));
        assertThat(edited.gateway("psr-gw-setda").orElseThrow().coaFallback()).isFalse();
        assertThat(edited.gateway("psr-gw-bappeda").orElseThrow().coaFallback()).isTrue();
    }

    @Test
    void theStoreKeepsTheSetting() {
        var demo = DistrictFiles.demo("paser");
        var first = demo.gateways().get(0);
        var off = new Gateway(first.id(), first.siteCode(), first.address(), first.secret(), first.vendor(),
                first.coaPort(), first.messageAuthenticator(), first.portalSecret(), false);
        var gateways = new java.util.ArrayList<>(demo.gateways());
        gateways.set(0, off);
        var d = new District(demo.code(), demo.name(), demo.zone(), demo.pool(), demo.sites(), List.copyOf(gateways),
                demo.calendar(), demo.policies(), demo.citizenPlan());
        try (var store = TestStores.open(dir)) {
            store.districts().save(d);
            var loaded = store.districts().load(d.code()).orElseThrow();
            assertThat(loaded.gateway(first.id()).orElseThrow().coaFallback()).isFalse();
            assertThat(loaded).isEqualTo(d);
        }
    }
}
