package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.credential.CredentialsExhaustedException;
import id.pita.core.session.MacAddress;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@link Store}s on one file play two nodes on one database. */
class CredentialRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final MacAddress MAC = MacAddress.parse("aa-bb-cc-dd-ee-ff");
    private static final Duration TTL = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void aCredentialMintedOnOneNodeIsRedeemedOnAnotherOnce() {
        try (var a = TestStores.open(dir); var b = TestStores.open(dir)) {
            var minted = a.credentials(new SecureRandom(), TTL, 10).mint("gw-taman", "taman-kota", MAC, T0);
            var onB = b.credentials(new SecureRandom(), TTL, 10);

            assertThat(onB.find(minted.username(), T0.plusSeconds(5))).contains(minted);
            assertThat(onB.consume(minted.username(), T0.plusSeconds(5))).isTrue();
            assertThat(a.credentials(new SecureRandom(), TTL, 10).consume(minted.username(), T0.plusSeconds(6)))
                    .isFalse();
            assertThat(onB.find(minted.username(), T0.plusSeconds(6))).isEmpty();
        }
    }

    @Test
    void thePasswordIsSealedAtRest() {
        try (var store = TestStores.open(dir)) {
            var minted = store.credentials(new SecureRandom(), TTL, 10).mint("gw", "site", MAC, T0);
            var stored = store.read(h -> h.createQuery("SELECT password FROM portal_credential").mapTo(String.class)
                    .one());
            assertThat(stored).startsWith(SecretBox.PREFIX).doesNotContain(minted.password());
        }
    }

    @Test
    void anExpiredCredentialIsNeitherFoundNorUsed() {
        try (var store = TestStores.open(dir)) {
            var credentials = store.credentials(new SecureRandom(), TTL, 10);
            var c = credentials.mint("gw", "site", MAC, T0);
            assertThat(credentials.find(c.username(), T0.plus(TTL))).isEmpty();
            assertThat(credentials.consume(c.username(), T0.plus(TTL))).isFalse();
            assertThat(credentials.deleteExpired(T0.plus(TTL))).isEqualTo(1);
        }
    }

    @Test
    void aFullHotspotRefusesWhileAnotherMintsAndExpiredOnesMakeRoom() {
        try (var store = TestStores.open(dir)) {
            var credentials = store.credentials(new SecureRandom(), TTL, 2);
            credentials.mint("gw-flooded", "taman", MAC, T0);
            credentials.mint("gw-flooded", "taman", MAC, T0);

            assertThatThrownBy(() -> credentials.mint("gw-flooded", "taman", MAC, T0.plusSeconds(1)))
                    .isInstanceOf(CredentialsExhaustedException.class);
            assertThat(credentials.mint("gw-other", "pasar", MAC, T0).gatewayId()).isEqualTo("gw-other");
            assertThat(credentials.mint("gw-flooded", "taman", MAC, T0.plus(TTL)).gatewayId())
                    .isEqualTo("gw-flooded");
            assertThat(credentials.live("gw-flooded", T0.plus(TTL))).isEqualTo(1);
        }
    }

    @Test
    void twoNodesRedeemingAtOnceAdmitOne() throws Exception {
        try (var a = TestStores.open(dir); var b = TestStores.open(dir)) {
            var pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 20; round++) {
                    var c = a.credentials(new SecureRandom(), TTL, 10).mint("gw", "site", MAC, T0);
                    var go = new CountDownLatch(1);
                    var tries = new ArrayList<Future<Boolean>>();
                    for (int i = 0; i < 8; i++) {
                        var node = i % 2 == 0 ? a : b;
                        Callable<Boolean> redeem = () -> {
                            go.await();
                            return node.credentials(new SecureRandom(), TTL, 10).consume(c.username(), T0);
                        };
                        tries.add(pool.submit(redeem));
                    }
                    go.countDown();
                    int used = 0;
                    for (var t : tries) {
                        used += t.get() ? 1 : 0;
                    }
                    assertThat(used).as("round %d", round).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
