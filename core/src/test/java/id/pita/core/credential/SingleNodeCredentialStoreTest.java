package id.pita.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.session.MacAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SingleNodeCredentialStoreTest {
    private static final Instant T0 = Instant.parse("2026-08-17T08:00:00Z");
    private static final MacAddress MAC = MacAddress.parse("aa-bb-cc-dd-ee-ff");
    private final SingleNodeCredentialStore store =
            new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(2), 3);

    @Test
    void credentialIsUsableOnceOnly() {
        var c = store.mint("gw-taman", "taman-kota", MAC, T0);
        assertThat(store.find(c.username(), T0.plusSeconds(5))).contains(c);
        assertThat(store.consume(c.username(), T0.plusSeconds(5))).isTrue();
        assertThat(store.consume(c.username(), T0.plusSeconds(6))).isFalse();
        assertThat(store.find(c.username(), T0.plusSeconds(6))).isEmpty();
    }

    @Test
    void expiredCredentialIsRefused() {
        var c = store.mint("gw-taman", "taman-kota", MAC, T0);
        assertThat(store.find(c.username(), T0.plusSeconds(120))).isEmpty();
        assertThat(store.consume(c.username(), T0.plusSeconds(120))).isFalse();
    }

    @Test
    void boundedAndReclaimsExpired() {
        for (int i = 0; i < 3; i++) {
            store.mint("gw", "site", MAC, T0);
        }
        assertThatThrownBy(() -> store.mint("gw", "site", MAC, T0.plusSeconds(1)))
                .isInstanceOf(CredentialsExhaustedException.class);
        assertThat(store.mint("gw", "site", MAC, T0.plusSeconds(200)).username()).startsWith("c-");
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void aFullGatewayRefusesWhileAnotherStillMints() {
        var perHotspot = new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(2), 100, 2);
        perHotspot.mint("gw-flooded", "taman", MAC, T0);
        perHotspot.mint("gw-flooded", "taman", MAC, T0);

        assertThatThrownBy(() -> perHotspot.mint("gw-flooded", "taman", MAC, T0))
                .isInstanceOf(CredentialsExhaustedException.class);
        assertThat(perHotspot.mint("gw-other", "pasar", MAC, T0).gatewayId()).isEqualTo("gw-other");
        assertThat(perHotspot.size("gw-flooded")).isEqualTo(2);
        var used = perHotspot.mint("gw-other", "pasar", MAC, T0);
        assertThat(perHotspot.consume(used.username(), T0)).isTrue();
        assertThat(perHotspot.size("gw-other")).isEqualTo(1);
        assertThat(perHotspot.mint("gw-flooded", "taman", MAC, T0.plusSeconds(121)).gatewayId())
                .isEqualTo("gw-flooded");
        assertThat(perHotspot.size("gw-flooded")).isEqualTo(1);
    }

    @Test
    void toStringHidesPassword() {
        var c = store.mint("gw", "site", MAC, T0);
        assertThat(c.toString()).doesNotContain(c.password());
    }
}
