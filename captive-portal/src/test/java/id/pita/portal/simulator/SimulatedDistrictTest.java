package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Gateway;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedDistrictTest {
    @Test
    void movesEachChosenGatewayToItsOwnLoopbackAddressWithAFreeCoaPort() throws Exception {
        var paser = DistrictFiles.demo("paser");

        var d = SimulatedDistrict.from(paser, 8, 4, Optional.of(Bandwidth.mbps(200, 100)));

        assertThat(d.sites()).filteredOn(s -> s.kind() == SiteKind.OFFICE).hasSize(8);
        assertThat(d.sites()).filteredOn(s -> s.kind() == SiteKind.HOTSPOT).hasSize(4);
        assertThat(d.gateways()).hasSize(12).extracting(Gateway::address).doesNotHaveDuplicates()
                .doesNotContain("127.0.0.1");
        for (var g : d.gateways()) {
            assertThat(InetAddress.getByName(g.address()).isLoopbackAddress()).as(g.address()).isTrue();
            assertThat(g.coaPort()).isBetween(SimulatedDistrict.FIRST_PORT, 32_767);
            var original = paser.gateway(g.id()).orElseThrow();
            assertThat(g.secret()).isEqualTo(original.secret());
            assertThat(g.portalSecret()).isEqualTo(original.portalSecret());
        }
        assertThat(d.gateways()).extracting(Gateway::vendor).contains(Vendor.MIKROTIK, Vendor.COOVACHILLI)
                .doesNotContain(Vendor.OPENNDS);
        assertThat(d.pool().capacity()).isEqualTo(Bandwidth.mbps(200, 100));
        assertThat(d.calendar()).isEqualTo(paser.calendar());
        assertThat(d.citizenPlan()).isEqualTo(paser.citizenPlan());
    }

    @Test
    void refusesMoreSitesThanTheDemoHas() {
        assertThatThrownBy(() -> SimulatedDistrict.from(DistrictFiles.demo("paser"), 8, 40))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("hotspot sites with a RADIUS gateway");
    }
}
