package id.pita.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineMetricsTest {
    @Test
    void writesCountersAndHistogramInPrometheusTextFormat() {
        var m = new EngineMetrics();
        m.radiusPacketIn("access-request");
        m.radiusPacketIn("access-request");
        m.radiusPacketOut("access-accept", 700_000);     // 0.7 ms
        m.radiusPacketOut("access-reject", 3_000_000_000L); // 3 s
        m.radiusDrop("unknown-source");
        var out = new StringBuilder();
        m.writePrometheus(out);
        assertThat(out.toString())
                .contains("# TYPE pita_radius_packets_total counter\n")
                .contains("pita_radius_packets_total{direction=\"in\",type=\"access-request\"} 2\n")
                .contains("pita_radius_packets_total{direction=\"out\",type=\"access-accept\"} 1\n")
                .contains("pita_radius_dropped_total{reason=\"unknown-source\"} 1\n")
                .contains("# TYPE pita_radius_response_seconds histogram\n")
                .contains("pita_radius_response_seconds_bucket{le=\"0.0005\"} 0\n")
                .contains("pita_radius_response_seconds_bucket{le=\"0.001\"} 1\n")
                .contains("pita_radius_response_seconds_bucket{le=\"2.5\"} 1\n")
                .contains("pita_radius_response_seconds_bucket{le=\"5\"} 2\n")
                .contains("pita_radius_response_seconds_bucket{le=\"+Inf\"} 2\n")
                .contains("pita_radius_response_seconds_sum 3.0007\n")
                .contains("pita_radius_response_seconds_count 2\n");
    }

    @Test
    void addingAFamilyIsOneCallAndReturnsTheSameFamilyByName() {
        var m = new EngineMetrics();
        var pushes = m.counter("pita_coa_pushes_total", "CoA pushes by result.", "result");
        pushes.inc("ack");
        pushes.add(2, "nak");
        assertThat(m.counter("pita_coa_pushes_total", "ignored", "result")).isSameAs(pushes);
        assertThat(pushes.get("nak")).isEqualTo(2);
        var out = new StringBuilder();
        m.writePrometheus(out);
        assertThat(out.toString()).contains("pita_coa_pushes_total{result=\"ack\"} 1\n");
        assertThatThrownBy(() -> pushes.inc("a", "b")).hasMessageContaining("takes labels [result]");
        assertThatThrownBy(() -> m.counter("bad name", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesLabelValues() {
        var m = new EngineMetrics();
        m.radiusDrop("a\"b\\c\nd");
        var out = new StringBuilder();
        m.writePrometheus(out);
        assertThat(out.toString()).contains("reason=\"a\\\"b\\\\c\\nd\"");
    }
}
