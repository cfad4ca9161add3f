package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Vendor;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoaClientTest {
    private final ManualTimer timer = new ManualTimer();

    @Test
    void sendBeforeStartIsErrorNotException() {
        var client = new CoaClient(CoaClientConfig.defaults(), timer, timer.clock());
        try {
            var outcome = client.send(CoaFixtures.target(Vendor.MIKROTIK, 3799),
                    PushRequest.disconnect(CoaFixtures.session("warga-1"))).toCompletableFuture().join();
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.ERROR);
            assertThat(outcome.detail()).isEqualTo("client not started");
        } finally {
            client.close();
        }
    }

    @Test
    void chilliPushWithoutUserNameIsErrorAndNothingIsSent() throws Exception {
        var client = new CoaClient(CoaClientConfig.defaults()
                .withBindAddress(new java.net.InetSocketAddress(CoaFixtures.loopback(), 0)), timer, timer.clock());
        try {
            client.start().toCompletableFuture().get();
            var anonymous = new SessionRef("", "81a0", "AA-BB-CC-00-11-22", Optional.empty());
            var outcome = client.send(CoaFixtures.target(Vendor.COOVACHILLI, 3799),
                    PushRequest.disconnect(anonymous)).toCompletableFuture().join();
            assertThat(outcome.result()).isEqualTo(PushOutcome.Result.ERROR);
            assertThat(outcome.detail()).contains("userName");
            assertThat(client.inFlight()).isZero();
            assertThat(timer.pending()).isZero();
        } finally {
            client.close();
        }
    }
}
