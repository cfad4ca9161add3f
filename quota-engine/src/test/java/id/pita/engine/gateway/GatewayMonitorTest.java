package id.pita.engine.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.session.GatewayActivity;
import id.pita.core.testing.MutableClock;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayMonitorTest {
    private static final Instant T0 = Instant.parse("2026-11-23T11:00:00Z");
    private final MutableClock clock = MutableClock.at(T0);
    private final GatewayMonitor monitor = new GatewayMonitor(clock, List.of(), () -> Duration.ofMinutes(5));

    @Test
    void flagsAGatewayThatAuthenticatesButSendsNoAccountingOnceAnIntervalHasPassed() {
        monitor.accessRequest("gw-a");
        monitor.accepted("gw-a");
        clock.advance(Duration.ofMinutes(4));
        assertThat(monitor.authenticatesWithoutAccounting("gw-a")).as("still within grace").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(monitor.authenticatesWithoutAccounting("gw-a")).isTrue();
        monitor.accounting("gw-a");
        assertThat(monitor.authenticatesWithoutAccounting("gw-a")).isFalse();
        assertThat(monitor.authenticatesWithoutAccounting("never-seen")).isFalse();
    }

    @Test
    void keepsTheLatestTimesAndHandsChangedRowsToTheStoreOnce() {
        monitor.accessRequest("gw-a");
        clock.advance(Duration.ofSeconds(10));
        monitor.accounting("gw-a");
        monitor.coaAcknowledged("gw-a", T0.plusSeconds(30));
        monitor.coaAcknowledged("gw-a", T0.plusSeconds(20));
        monitor.unsignedRequest("gw-a");
        var a = monitor.activity("gw-a");
        assertThat(a.lastAccessRequest()).contains(T0);
        assertThat(a.lastAccounting()).contains(T0.plusSeconds(10));
        assertThat(a.lastCoaAck()).as("never backwards").contains(T0.plusSeconds(30));
        assertThat(a.unsignedRequests()).isEqualTo(1);
        assertThat(monitor.takeChanged()).containsExactly(a);
        assertThat(monitor.takeChanged()).isEmpty();
    }

    @Test
    void restoredRowsAreServedAndExportedAsGauges() {
        var restored = new GatewayActivity("gw-b", Optional.of(T0), Optional.of(T0), Optional.empty(),
                Optional.empty(), 7, true);
        var m = new GatewayMonitor(clock, List.of(restored), () -> Duration.ofMinutes(5));
        assertThat(m.signs("gw-b")).as("a router that signed before the restart must still sign").isTrue();
        assertThat(m.signs("gw-a")).isFalse();
        clock.advance(Duration.ofMinutes(6));
        var metrics = new EngineMetrics();
        m.register(metrics);
        var sb = new StringBuilder();
        metrics.writePrometheus(sb);
        assertThat(sb.toString())
                .contains("pita_gateway_last_access_request_timestamp_seconds{gateway=\"gw-b\"} "
                        + T0.getEpochSecond() + "\n")
                .contains("pita_gateway_authenticates_without_accounting{gateway=\"gw-b\"} 1\n")
                .contains("pita_gateway_unsigned_access_requests{gateway=\"gw-b\"} 7\n")
                .contains("# TYPE pita_gateway_last_coa_ack_timestamp_seconds gauge\n")
                .doesNotContain("pita_gateway_last_coa_ack_timestamp_seconds{");
    }
}
