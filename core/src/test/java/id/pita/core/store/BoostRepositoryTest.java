package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.BoostState;
import id.pita.core.store.PushResult.Kind;
import id.pita.core.store.PushResult.Outcome;
import id.pita.core.testing.TestStores;

class BoostRepositoryTest {
    static final Instant FROM = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void requestThenApproveMakesItActiveOnlyInsideItsWindow() {
        try (var store = TestStores.open(dir)) {
            var boosts = store.boosts();
            var asked = boosts.request(new Boost(0, "kantor", Bandwidth.mbps(20, 10), FROM, FROM.plusSeconds(3600),
                    "Zoom rapat koordinasi", BoostState.APPROVED, "operator-kantor", "ignored"));
            assertThat(asked.id()).isPositive();
            assertThat(asked.state()).isEqualTo(BoostState.REQUESTED);
            assertThat(boosts.pending()).containsExactly(asked);
            assertThat(boosts.activeAt(FROM.plusSeconds(60))).isEmpty();

            var approved = boosts.decide(asked.id(), BoostState.APPROVED, "admin").orElseThrow();
            assertThat(approved.decidedBy()).isEqualTo("admin");
            assertThat(boosts.decide(asked.id(), BoostState.REJECTED, "admin")).isEmpty();
            assertThat(boosts.activeAt(FROM)).containsExactly(approved);
            assertThat(boosts.activeAt(FROM.plusSeconds(3600))).isEmpty();
            assertThat(boosts.activeAt(FROM.minusSeconds(1))).isEmpty();
            assertThat(boosts.bySite("kantor")).containsExactly(approved);
            assertThat(boosts.bySite("taman")).isEmpty();

            assertThat(boosts.decide(asked.id(), BoostState.CANCELLED, "operator-kantor")).isPresent();
            assertThat(boosts.activeAt(FROM)).isEmpty();
        }
    }

    @Test
    void pushResultsComeBackNewestFirst() {
        try (var store = TestStores.open(dir)) {
            var a = new PushResult("gw-taman", "gw-taman/s1", Kind.COA, Bandwidth.mbps(2, 1), Outcome.ACK, 0, 1, FROM);
            var b = new PushResult("gw-taman", "gw-taman/s2", Kind.DISCONNECT, Bandwidth.ZERO, Outcome.NAK, 503, 2,
                    FROM.plusSeconds(5));
            store.pushes().record(a);
            store.pushes().record(b);
            assertThat(store.pushes().recent(10)).containsExactly(b, a);
            assertThat(store.pushes().recent(1)).containsExactly(b);
        }
    }
}
