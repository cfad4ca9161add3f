package id.pita.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Direction;
import id.pita.core.district.District;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import id.pita.core.store.Store;
import id.pita.core.testing.TestStores;

/**
 * The demo districts load, import, and come back EQUAL from a new store on the same file. The
 * national list {@code id-2026} is written elsewhere; here it is served from the test list.
 */
class DemoDistrictsTest {
    /** Serves every include from the small test list, under the name the file asked for. */
    static final HolidayIncludes TEST_LISTS = name -> Optional.of(new InputStreamReader(
            DemoDistrictsTest.class.getClassLoader().getResourceAsStream("calendar/holidays-test.yaml"),
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"paser", "kotawaringin-timur"})
    void demoLoadsImportsAndReloadsEqualFromANewStore(String name) {
        var district = DistrictFiles.demo(name, TEST_LISTS);
        try (var store = TestStores.open(dir.resolve("data"))) {
            DistrictImporter.importInto(store, district);
        }
        try (var store = TestStores.open(dir.resolve("data"))) {
            assertThat(store.districts().codes()).containsExactly(district.code());
            assertThat(store.districts().load(district.code())).contains(district);
        }
    }

    @Test
    void bothDemosShareOneStore() {
        try (var store = TestStores.open(dir)) {
            for (var name : DistrictFiles.demoNames()) {
                DistrictImporter.importInto(store, DistrictFiles.demo(name, TEST_LISTS));
            }
            assertThat(store.districts().codes()).containsExactly("kotawaringin-timur", "paser");
        }
    }

    @Test
    void paserHasItsOfficesKecamatanHospitalAndHotspots() {
        District paser = DistrictFiles.demo("paser", TEST_LISTS);
        assertThat(paser.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(paser.pool().capacity()).isEqualTo(Bandwidth.symmetric(1_000_000_000L));
        assertThat(paser.sites().stream().filter(s -> s.code().startsWith("kec-"))).hasSize(10);
        assertThat(paser.site("rsud-panglima-sebaya")).get().matches(s -> s.alwaysOn());
        assertThat(paser.sites().stream().filter(s -> s.kind() == SiteKind.HOTSPOT).count()).isGreaterThanOrEqualTo(12);
        assertThat(paser.gateways()).hasSameSizeAs(paser.sites());
        assertThat(paser.gateways()).extracting(g -> g.vendor()).contains(Vendor.MIKROTIK, Vendor.COOVACHILLI,
                Vendor.OPENNDS);
        assertThat(paser.gateways()).allMatch(g -> g.address().startsWith("192.0.2.")
                || g.address().startsWith("198.51.100."));
        assertThat(paser.policy(Regime.OFFICE_HOURS).office().guaranteed()).isEqualTo(0.7);
        assertThat(paser.policy(Regime.AFTER_HOURS).hotspot().guaranteed()).isEqualTo(0.6);
        assertThat(paser.citizenPlan().dailyDataBytes()).isEqualTo(1_000_000_000L);
        assertThat(paser.citizenPlan().deviceCap()).isEqualTo(new Bandwidth(5_000_000, 1_000_000));
        assertThat(paser.calendar().regular().workingMinutesPerWeek()).isEqualTo(37 * 60 + 30);
        assertThat(paser.calendar().ramadan().get(0).hours().workingMinutesPerWeek()).isEqualTo(32 * 60 + 30);
    }

    /** A demo should show Pita working, not an over-commitment warning: guarantees must fit the class shares. */
    @ParameterizedTest
    @ValueSource(strings = {"paser", "kotawaringin-timur"})
    void demoGuaranteesFitTheirClassShares(String name) {
        var d = DistrictFiles.demo(name, TEST_LISTS);
        var pool = d.pool().capacity();
        for (var direction : Direction.values()) {
            long offices = sum(d, s -> s.kind() == SiteKind.OFFICE, direction);
            long alwaysOn = sum(d, s -> s.alwaysOn(), direction);
            long hotspots = sum(d, s -> s.kind() == SiteKind.HOTSPOT, direction);
            double capacity = pool.get(direction);
            var day = d.policy(Regime.OFFICE_HOURS);
            var night = d.policy(Regime.AFTER_HOURS);
            assertThat(offices).isLessThanOrEqualTo((long) (capacity * day.office().guaranteed()));
            assertThat(hotspots).isLessThanOrEqualTo((long) (capacity * day.hotspot().guaranteed()));
            assertThat(alwaysOn).isLessThanOrEqualTo((long) (capacity * night.office().guaranteed()));
        }
    }

    private static long sum(District d, java.util.function.Predicate<Site> which, Direction direction) {
        return d.sites().stream().filter(which).mapToLong(s -> s.guarantee().get(direction)).sum();
    }

    @Test
    void kotawaringinTimurIsInWibWithMurjaniAlwaysOn() {
        var kotim = DistrictFiles.demo("kotawaringin-timur", TEST_LISTS);
        assertThat(kotim.zone()).isEqualTo(ZoneId.of("Asia/Pontianak"));
        assertThat(kotim.site("ktm-rsud-murjani")).get().matches(s -> s.alwaysOn());
        assertThat(kotim.sites().stream().filter(s -> s.kind() == SiteKind.OFFICE).count()).isGreaterThanOrEqualTo(32);
        assertThat(kotim.site("ktm-hs-ikon-jelawat")).isPresent();
    }
}
