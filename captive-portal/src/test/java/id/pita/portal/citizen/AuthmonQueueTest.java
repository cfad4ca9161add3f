package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthmonQueueTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T08:00:00Z"));
    private final AuthmonQueue queue = new AuthmonQueue(clock, Duration.ofMinutes(10), 2);

    @Test
    void viewKeepsLinesUntilAcknowledged() {
        queue.admit("gw", "r1", "r1 60 0 0 0 0 none");
        queue.admit("gw", "r2", "r2 60 0 0 0 0 none");

        assertThat(queue.view("gw")).containsExactly("r1 60 0 0 0 0 none", "r2 60 0 0 0 0 none");
        assertThat(queue.acknowledge("gw", List.of("r1", "unknown"))).isEqualTo(1);
        assertThat(queue.view("gw")).containsExactly("r2 60 0 0 0 0 none");
    }

    @Test
    void dropsEntriesOlderThanTheTtlAndBeyondTheBound() {
        queue.admit("gw", "r1", "l1");
        clock.advance(Duration.ofMinutes(6));
        queue.admit("gw", "r2", "l2");
        queue.admit("gw", "r3", "l3");
        assertThat(queue.view("gw")).containsExactly("l2", "l3");
        clock.advance(Duration.ofMinutes(5));
        assertThat(queue.view("gw")).containsExactly("l2", "l3");
        clock.advance(Duration.ofMinutes(6));
        assertThat(queue.view("gw")).isEmpty();
    }

    @Test
    void gatewaysAreSeparateAndTakeEmpties() {
        queue.admit("a", "r1", "l1");
        queue.admit("b", "r2", "l2");

        assertThat(queue.take("a")).containsExactly("l1");
        assertThat(queue.view("a")).isEmpty();
        assertThat(queue.view("b")).containsExactly("l2");
    }
}
