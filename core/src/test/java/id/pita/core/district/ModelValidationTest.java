package id.pita.core.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.session.MacAddress;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
    @Test
    void siteGuaranteeAboveCeilingNamesTheField() {
        assertThatThrownBy(() -> new Site("bappeda", "Bappeda", SiteKind.OFFICE, "Tanah Grogot",
                Bandwidth.mbps(20, 5), Bandwidth.mbps(10, 5), 10, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("guarantee.down: must not exceed ceiling.down")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("guarantee.down");
    }

    @Test
    void hotspotCannotBeAlwaysOn() {
        assertThatThrownBy(() -> new Site("taman-kota", "Taman Kota", SiteKind.HOTSPOT, "",
                Bandwidth.ZERO, Bandwidth.mbps(50, 10), 1, true))
                .hasMessageStartingWith("alwaysOn:");
    }

    @Test
    void nestedFieldPathIsPrefixed() {
        var e = new InvalidValueException("weight", "must be between 1 and 1000 (was 0)").within("sites[2]");
        assertThat(e.field()).isEqualTo("sites[2].weight");
        assertThat(e.getMessage()).isEqualTo("sites[2].weight: must be between 1 and 1000 (was 0)");
    }

    @Test
    void gatewayToStringHidesSecrets() {
        var g = new Gateway("gw1", "bappeda", "10.0.0.1", "s3cret!", Vendor.COOVACHILLI, 3799, null, "uamkey");
        assertThat(g.toString()).doesNotContain("s3cret!").doesNotContain("uamkey");
        assertThat(g.messageAuthenticator()).isEqualTo(MessageAuthenticatorPolicy.REQUIRE);
    }

    @Test
    void mikrotikDefaultsToAutoMessageAuthenticatorAndOthersToRequire() {
        var mikrotik = new Gateway("gw2", "bappeda", "10.0.0.2", "s", Vendor.MIKROTIK, 3799, null, "");
        assertThat(mikrotik.messageAuthenticator()).isEqualTo(MessageAuthenticatorPolicy.AUTO);
        var demo = id.pita.core.config.DistrictFiles.demo("paser");
        assertThat(demo.gateways()).filteredOn(g -> g.vendor() == Vendor.MIKROTIK).isNotEmpty()
                .allSatisfy(g -> assertThat(g.messageAuthenticator()).isEqualTo(MessageAuthenticatorPolicy.AUTO));
    }

    @Test
    void officePasswordIsNeverPrintedAndOnlyAnOfficeHasOne() {
        var office = new Site("bappeda", "Bappeda", SiteKind.OFFICE, "", Bandwidth.mbps(1, 1), Bandwidth.mbps(2, 2),
                1, false, "sandi-rahasia");
        assertThat(office.toString()).doesNotContain("sandi-rahasia").contains("password=set");
        assertThatThrownBy(() -> new Site("taman", "Taman", SiteKind.HOTSPOT, "", Bandwidth.ZERO,
                Bandwidth.mbps(2, 2), 1, false, "x")).hasMessageContaining("password");
    }

    /** Sites by code and gateways by id come from the district's index, which agrees with its lists. */
    @Test
    void sitesAndGatewaysAreFoundByKeyAsTheListsHoldThem() {
        var demo = id.pita.core.config.DistrictFiles.demo("paser");
        for (var site : demo.sites()) {
            assertThat(demo.site(site.code())).containsSame(site);
        }
        for (var gateway : demo.gateways()) {
            assertThat(demo.gateway(gateway.id())).containsSame(gateway);
        }
        assertThat(demo.site("tidak-ada")).isEmpty();
        assertThat(demo.gateway("tidak-ada")).isEmpty();
        // the indexed lists are plain unmodifiable lists to everyone else: equal to copies, a district equal to its copy
        assertThat(demo.sites()).isEqualTo(java.util.List.copyOf(demo.sites()));
        assertThat(demo.sites().hashCode()).isEqualTo(java.util.List.copyOf(demo.sites()).hashCode());
        var copy = new District(demo.code(), demo.name(), demo.zone(), demo.pool(), new java.util.ArrayList<>(demo.sites()),
                new java.util.ArrayList<>(demo.gateways()), demo.calendar(), demo.policies(), demo.citizenPlan());
        assertThat(copy).isEqualTo(demo);
        assertThatThrownBy(() -> demo.sites().add(demo.sites().get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void macAddressesAreCanonical() {
        assertThat(MacAddress.parse("aa-bb-cc-dd-ee-0f").value()).isEqualTo("AA:BB:CC:DD:EE:0F");
        assertThat(MacAddress.parse("AABBCCDDEE0F").value()).isEqualTo("AA:BB:CC:DD:EE:0F");
        assertThatThrownBy(() -> MacAddress.parse("zz")).hasMessageStartingWith("mac:");
    }

    @Test
    void bandwidthFormatsInDecimalUnits() {
        assertThat(Bandwidth.mbps(2, 0.512).toString()).isEqualTo("2M/512k");
        assertThat(Bandwidth.format(1_500_000)).isEqualTo("1.5M");
    }
}
