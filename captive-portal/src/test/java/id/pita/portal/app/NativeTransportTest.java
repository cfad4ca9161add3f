package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pita's Vert.x runs on Netty's epoll transport on Linux (the jar carries its .so for x86_64 and aarch64). */
class NativeTransportTest {
    @Test
    void vertxUsesEpollOnLinux() throws Exception {
        var vertx = WebWiring.vertx();
        try {
            assertThat(vertx.isNativeTransportEnabled())
                    .as("native transport unavailable: %s", vertx.unavailableNativeTransportCause()).isTrue();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
