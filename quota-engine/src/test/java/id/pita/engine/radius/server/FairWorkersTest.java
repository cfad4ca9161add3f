package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FairWorkersTest {
    FairWorkers workers;

    @AfterEach
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    @Test
    void anotherGatewaysRequestWaitsForOneOfTheFloodersNotAllOfThem() throws Exception {
        workers = new FairWorkers(1, 1_000, 500);
        var gate = new CountDownLatch(1);
        var running = new CountDownLatch(1);
        var order = new CopyOnWriteArrayList<String>();
        workers.execute("flooder", () -> {
            running.countDown();
            await(gate);
        });
        await(running);
        for (int i = 0; i < 300; i++) {
            int n = i;
            workers.execute("flooder", () -> order.add("flooder-" + n));
        }
        workers.execute("office", () -> order.add("office"));
        workers.execute("hotspot", () -> order.add("hotspot"));
        var done = new CountDownLatch(1);
        workers.execute("office", done::countDown);
        gate.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        workers.shutdown();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        // Read once every task has run: when 'done' ran, flooder-2 (the fifth) may not have been added yet.
        assertThat(order).hasSize(302).contains("flooder-299");
        assertThat(order.subList(0, 5)).containsExactly("flooder-0", "office", "hotspot", "flooder-1", "flooder-2");
    }

    @Test
    void oneGatewayCannotFillTheQueue() throws Exception {
        workers = new FairWorkers(1, 100, 25);
        var gate = new CountDownLatch(1);
        var running = new CountDownLatch(1);
        workers.execute("flooder", () -> {
            running.countDown();
            await(gate);
        });
        await(running);
        for (int i = 0; i < 25; i++) {
            workers.execute("flooder", () -> { });
        }
        assertThatThrownBy(() -> workers.execute("flooder", () -> { }))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("gateway's share");
        for (var other : List.of("a", "b", "c")) {
            for (int i = 0; i < 25; i++) {
                workers.execute(other, () -> { });
            }
        }
        assertThatThrownBy(() -> workers.execute("d", () -> { }))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("worker queue full (100)");
        gate.countDown();
    }

    @Test
    void afterShutdownNothingIsTakenAndAnUnusedPoolStopsAtOnce() throws Exception {
        workers = new FairWorkers(2, 100, 25);
        workers.shutdown();
        assertThat(workers.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> workers.execute("a", () -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    private static void await(CountDownLatch gate) {
        try {
            assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
