package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.district.District;
import id.pita.core.testing.TestStores;

class DistrictRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void saveReplacesTheWholeDistrict() {
        var full = TestDistricts.small();
        var officeOnly = new District(full.code(), "Kabupaten Kecil (baru)", full.zone(), full.pool(),
                List.of(full.sites().get(0)), List.of(full.gateways().get(0)), full.calendar(), full.policies(),
                full.citizenPlan());
        try (var store = TestStores.open(dir)) {
            store.districts().save(full);
            store.districts().save(officeOnly);
            assertThat(store.districts().load("kecil")).contains(officeOnly);
            int gateways = store.read(h -> h.createQuery("SELECT COUNT(*) FROM gateway").mapTo(Integer.class).one());
            assertThat(gateways).isEqualTo(1);
        }
    }

    @Test
    void aHotspotsVoucherRequirementAndAGatewaysLoginAddressesSurviveTheStore() {
        var paser = id.pita.core.config.DistrictFiles.demo("paser");
        var sites = paser.sites().stream().map(s -> s.code().equals("hs-alun-alun-tgt") ? s.withVoucherRequired(true)
                : s).toList();
        var d = new District(paser.code(), paser.name(), paser.zone(), paser.pool(), sites, paser.gateways(),
                paser.calendar(), paser.policies(), paser.citizenPlan());
        try (var store = TestStores.open(dir)) {
            store.districts().save(d);
            var loaded = store.districts().load("paser").orElseThrow();
            assertThat(loaded).isEqualTo(d);
            assertThat(loaded.site("hs-alun-alun-tgt").orElseThrow().voucherRequired()).isTrue();
            assertThat(loaded.site("hs-pasar-kuaro").orElseThrow().voucherRequired()).isFalse();
            assertThat(loaded.gateway("psr-gw-hs-taman-kota-tgt").orElseThrow().loginAddresses())
                    .containsExactly("192.168.8.1:2050");
        }
    }

    @Test
    void aFailedWriteRollsBackEveryRowOfTheReplacement() {
        var full = TestDistricts.small();
        try (var store = TestStores.open(dir)) {
            store.districts().save(full);
            assertThatThrownBy(() -> store.writeVoid(h -> {
                DistrictRepository.save(h, new District(full.code(), "Setengah jadi", full.zone(), full.pool(),
                        List.of(), List.of(), full.calendar(), full.policies(), full.citizenPlan()), store.secrets());
                throw new IllegalStateException("crash half-way");
            })).hasMessage("crash half-way");
            assertThat(store.districts().load("kecil")).contains(full);
            assertThat(store.districts().load("tidak-ada")).isEmpty();
        }
    }
}
