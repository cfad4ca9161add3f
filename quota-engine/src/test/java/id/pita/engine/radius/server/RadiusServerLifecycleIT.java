package id.pita.engine.radius.server;

import static id.pita.engine.radius.server.Fixtures.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** start() and close() on real sockets: bound addresses, bind failure, bounded drain. */
class RadiusServerLifecycleIT {
    final EngineMetrics metrics = new EngineMetrics();
    final List<CompletableFuture<Void>> stages = new CopyOnWriteArrayList<>();

    RadiusServer server(RadiusServerConfig config) {
        var gw = gateway(Vendor.MIKROTIK, MessageAuthenticatorPolicy.REQUIRE);
        return new RadiusServer(config, addr -> Optional.of(gw), Fixtures.budiOnly(), rec -> {
            var stage = new CompletableFuture<Void>();
            stages.add(stage);
            return stage;
        }, metrics, Clock.systemUTC());
    }

    static RadiusServerConfig config(int authPort, Duration drain) {
        return new RadiusServerConfig("127.0.0.1", authPort, 0, 2, 100, Duration.ofSeconds(30), 100, drain);
    }

    @Test
    void startReportsBothBoundEphemeralPorts() throws Exception {
        var server = server(config(0, Duration.ofSeconds(1)));
        try {
            var bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(bound.auth().getPort()).isPositive();
            assertThat(bound.accounting().getPort()).isPositive().isNotEqualTo(bound.auth().getPort());
        } finally {
            server.close();
        }
    }

    @Test
    void startFailsWhenThePortIsTaken() throws Exception {
        try (var taken = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            var server = server(config(taken.getLocalPort(), Duration.ofSeconds(1)));
            try {
                assertThatThrownBy(() -> server.start().toCompletableFuture().get(10, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class);
            } finally {
                server.close();
            }
        }
    }

    @Test
    void closeAnswersAccountingThatCompletesDuringTheDrain() throws Exception {
        var server = server(config(0, Duration.ofSeconds(5)));
        var bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (var socket = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            var request = Fixtures.accounting(1, 1, "s", List.of()).encode();
            socket.send(new DatagramPacket(request, request.length, bound.accounting()));
            awaitStage();
            var closer = CompletableFuture.runAsync(server::close);
            stages.get(0).complete(null);
            var buf = new byte[4096];
            var reply = new DatagramPacket(buf, buf.length);
            socket.receive(reply);
            assertThat(RadiusPacket.decode(java.util.Arrays.copyOf(buf, reply.getLength())).code())
                    .isEqualTo(PacketCode.ACCOUNTING_RESPONSE);
            closer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void closeIsBoundedWhenTheSinkNeverCompletes() throws Exception {
        var server = server(config(0, Duration.ofMillis(300)));
        var bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (var socket = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            var request = Fixtures.accounting(1, 1, "s", List.of()).encode();
            socket.send(new DatagramPacket(request, request.length, bound.accounting()));
            awaitStage();
        }
        long start = System.nanoTime();
        server.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    private void awaitStage() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stages.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(stages).as("the sink saw the request").hasSize(1);
    }
}
