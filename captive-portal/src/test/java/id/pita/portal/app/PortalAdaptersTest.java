package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.calendar.Regime;
import id.pita.core.config.DistrictImporter;
import id.pita.core.district.District;
import id.pita.core.district.RegimePolicy;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.session.MacAddress;
import id.pita.core.store.Store;
import id.pita.engine.access.RegimeSource;
import id.pita.engine.control.LivePlan;
import id.pita.portal.citizen.DeviceAllowance;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's answers from the live district and the store, on a Paser whose hotspots close in office hours. */
class PortalAdaptersTest {
    static final MacAddress PHONE = MacAddress.parse("AA:BB:CC:00:11:22");

    @TempDir
    Path dir;
    Store store;

    @AfterEach
    void close() {
        store.close();
    }

    PortalAdapters adapters(District d) {
        store = Store.open(dir.resolve("pita.db"));
        DistrictImporter.importInto(store, d);
        var holder = new DistrictHolder(d);
        return new PortalAdapters(holder, RegimeSource.of(holder::calendar), new StoreEnginePorts(store),
                new LivePlan(), store);
    }

    static District closedInOfficeHours() {
        var d = TestPita.loopbackPaser();
        var policies = new EnumMap<Regime, RegimePolicy>(d.policies());
        var office = d.policy(Regime.OFFICE_HOURS);
        policies.put(Regime.OFFICE_HOURS, new RegimePolicy(Regime.OFFICE_HOURS, office.office(), office.hotspot(),
                false));
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), d.calendar(), policies,
                d.citizenPlan());
    }

    @Test
    void aClosedHotspotSaysWhenItOpensInWita() {
        var d = closedInOfficeHours();
        var a = adapters(d);

        var hours = a.at(d.site("hs-alun-alun-tgt").orElseThrow(), TestPita.TUESDAY_10_WITA);

        assertThat(hours.open()).isFalse();
        assertThat(hours.zoneLabel()).isEqualTo("WITA");
        assertThat(hours.nextChange()).isEqualTo(ZonedDateTime.parse("2026-11-24T16:00+08:00[Asia/Makassar]"));
    }

    @Test
    void hoursAreKeptUntilTheNextChangeThenRecomputed() {
        var d = closedInOfficeHours();
        var a = adapters(d);
        var site = d.site("hs-alun-alun-tgt").orElseThrow();

        var first = a.at(site, TestPita.TUESDAY_10_WITA);
        var sameHour = a.at(site, TestPita.TUESDAY_10_WITA.plusSeconds(3600));
        var afterFour = a.at(site, java.time.Instant.parse("2026-11-24T08:30:00Z"));

        assertThat(sameHour).isSameAs(first);
        assertThat(afterFour.open()).isTrue();
        assertThat(afterFour.nextChange()).isEqualTo(ZonedDateTime.parse("2026-11-25T07:30+08:00[Asia/Makassar]"));
    }

    @Test
    void aDeviceWithoutSessionsHasTheWholePlanLeftAndIsNotOnline() {
        var a = adapters(TestPita.loopbackPaser());

        var today = a.today(PHONE, TestPita.TUESDAY_10_WITA);

        assertThat(today).isEqualTo(new DeviceAllowance(false, 4 * 3600, 1_000_000_000L));
    }

    @Test
    void anOnlineSessionCountsAgainstTheDayAndLocatesTheDeviceByIp() {
        var a = adapters(TestPita.loopbackPaser());
        store.accounting().apply(List.of(new AccountingRecord(TestPita.MIKROTIK_GW, "s-9", AcctStatus.INTERIM_UPDATE,
                "m-1", PHONE.value(), "10.5.50.23", 100_000_000, 300_000_000, 1800, "",
                TestPita.TUESDAY_10_WITA.minusSeconds(60))));

        var today = a.today(PHONE, TestPita.TUESDAY_10_WITA);

        assertThat(today).isEqualTo(new DeviceAllowance(true, 4 * 3600 - 1800, 600_000_000L));
        assertThat(a.byIp("10.5.50.23")).contains(PHONE);
        assertThat(a.byIp("10.5.50.24")).isEmpty();
    }
}
