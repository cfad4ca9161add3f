package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoaTargetTest {
    private static Gateway gateway(Vendor vendor, int coaPort) {
        return new Gateway("gw-alun-alun", "alun-alun", "10.1.2.3", "s3cret-gw", vendor, coaPort,
                MessageAuthenticatorPolicy.REQUIRE, "");
    }

    @Test
    void takesAddressPortSecretAndVendorFromGateway() {
        var target = CoaTarget.of(gateway(Vendor.MIKROTIK, 3799)).orElseThrow();
        assertThat(target.socketAddress().getAddress().getHostAddress()).isEqualTo("10.1.2.3");
        assertThat(target.coaPort()).isEqualTo(3799);
        assertThat(target.vendor()).isEqualTo(Vendor.MIKROTIK);
    }

    @Test
    void gatewayWithoutCoaPortOrWithOpenNdsHasNoTarget() {
        assertThat(CoaTarget.of(gateway(Vendor.COOVACHILLI, 0))).isEmpty();
        assertThat(CoaTarget.of(gateway(Vendor.OPENNDS, 3799))).isEmpty();
    }

    @Test
    void neverPrintsSecret() {
        var target = CoaTarget.of(gateway(Vendor.MIKROTIK, 3799)).orElseThrow();
        assertThat(target.toString()).doesNotContain("s3cret-gw").contains("10.1.2.3:3799");
    }

    @Test
    void defaultPortIs3799() {
        assertThat(new CoaTarget(CoaFixtures.loopback(), "x", Vendor.GENERIC).coaPort()).isEqualTo(3799);
    }

    @Test
    void sessionWithoutAnyIdentifierIsRefused() {
        assertThatThrownBy(() -> new SessionRef("", "", "", Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void sessionKeyIsAcctSessionIdWhenPresent() {
        assertThat(new SessionRef("a", "81a0", "m", Optional.empty()).key())
                .isEqualTo(new SessionRef("b", "81a0", "n", Optional.empty()).key());
        assertThat(new SessionRef("a", "", "m", Optional.empty()).key())
                .isNotEqualTo(new SessionRef("a", "", "n", Optional.empty()).key());
    }

    @Test
    void backoffDoublesFromInitialUpToMax() {
        var config = CoaClientConfig.defaults().withRetries(5, Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(config.timeoutAfterAttempt(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.timeoutAfterAttempt(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.timeoutAfterAttempt(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.timeoutAfterAttempt(4)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rateChangeWithoutRateIsRefused() {
        assertThatThrownBy(() -> new PushRequest(PushRequest.Kind.RATE_CHANGE, CoaFixtures.session("a"),
                Optional.empty())).isInstanceOf(InvalidValueException.class);
    }
}
