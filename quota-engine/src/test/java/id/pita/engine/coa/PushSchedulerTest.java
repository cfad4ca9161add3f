package id.pita.engine.coa;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Vendor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class PushSchedulerTest {
    private final ManualTimer timer = new ManualTimer();
    private final List<Sent> sent = new ArrayList<>();
    private final PushSender sender = (target, request) -> {
        var s = new Sent(target, request, new CompletableFuture<>());
        sent.add(s);
        return s.future;
    };
    private final PushScheduler scheduler = new PushScheduler(sender, timer, timer.clock(), 2);
    private final CoaTarget routerA = CoaFixtures.target(Vendor.MIKROTIK, 3799);
    private final CoaTarget routerB = CoaFixtures.target(Vendor.MIKROTIK, 3800);

    private record Sent(CoaTarget target, PushRequest request, CompletableFuture<PushOutcome> future) {
    }

    private CompletionStage<PushOutcome> push(CoaTarget target, String user) {
        return scheduler.submit(target, PushRequest.rateChange(CoaFixtures.session(user),
                CoaFixtures.rate()));
    }

    @Test
    void sendsAtMostRatePerSecondPerGatewayAfterOneSecondOfBurst() {
        for (int i = 0; i < 6; i++) {
            push(routerA, "warga-" + i);
        }
        assertThat(sent).hasSize(2);
        timer.advance(Duration.ofMillis(499));
        assertThat(sent).hasSize(2);
        timer.advance(Duration.ofMillis(1));
        assertThat(sent).hasSize(3);
        timer.advance(Duration.ofMillis(500));
        assertThat(sent).hasSize(4);
        timer.advance(Duration.ofSeconds(10));
        assertThat(sent).extracting(s -> s.request.session().userName())
                .containsExactly("warga-0", "warga-1", "warga-2", "warga-3", "warga-4", "warga-5");
        assertThat(scheduler.queued()).isZero();
        assertThat(timer.pending()).isZero();
    }

    @Test
    void pacesEachGatewayOnItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            push(routerA, "a-" + i);
            push(routerB, "b-" + i);
        }
        assertThat(sent).hasSize(4);
        assertThat(scheduler.queued()).isEqualTo(2);
    }

    @Test
    void newerPushForSameSessionSupersedesQueuedOneInItsPlace() {
        push(routerA, "warga-0");
        push(routerA, "warga-1");
        var older = push(routerA, "warga-2");
        push(routerA, "warga-3");
        var newerRate = CoaFixtures.session("warga-2");
        var newer = scheduler.submit(routerA, PushRequest.disconnect(newerRate));
        assertThat(older.toCompletableFuture().join().result()).isEqualTo(PushOutcome.Result.SUPERSEDED);
        assertThat(scheduler.queued()).isEqualTo(2);
        timer.advance(Duration.ofMillis(500));
        assertThat(sent).hasSize(3);
        assertThat(sent.get(2).request.kind()).isEqualTo(PushRequest.Kind.DISCONNECT);
        assertThat(newer).isNotDone();
        assertThat(scheduler.counters().superseded()).isEqualTo(1);
    }

    @Test
    void pushAlreadySentIsNotSuperseded() {
        var first = push(routerA, "warga-0");
        push(routerA, "warga-0");
        assertThat(first).isNotDone();
        assertThat(sent).hasSize(2);
        assertThat(scheduler.counters().superseded()).isZero();
    }

    @Test
    void countsOutcomesAndPassesThemOn() {
        var a = push(routerA, "warga-0");
        push(routerA, "warga-1");
        push(routerB, "warga-2");
        sent.get(0).future.complete(PushOutcome.ack(1, Duration.ofMillis(3)));
        sent.get(1).future.complete(PushOutcome.nak(java.util.OptionalInt.of(503), 1, Duration.ofMillis(3)));
        sent.get(2).future.complete(PushOutcome.timeout(3, Duration.ofSeconds(14)));
        assertThat(a.toCompletableFuture().join().result()).isEqualTo(PushOutcome.Result.ACK);
        var c = scheduler.counters();
        assertThat(List.of(c.sent(), c.acked(), c.naked(), c.timedOut(), c.errors())).containsExactly(3L, 1L, 1L, 1L, 0L);
    }

    @Test
    void closeEndsQueuedPushesAsErrorAndStopsDraining() {
        push(routerA, "warga-0");
        push(routerA, "warga-1");
        var queued = push(routerA, "warga-2");
        scheduler.close();
        assertThat(queued.toCompletableFuture().join().result()).isEqualTo(PushOutcome.Result.ERROR);
        timer.advance(Duration.ofSeconds(5));
        assertThat(sent).hasSize(2);
        assertThat(scheduler.counters().errors()).isEqualTo(1);
    }

    @Test
    void senderThatThrowsGivesErrorOutcomeInsteadOfFailing() {
        var failing = new PushScheduler((t, r) -> {
            throw new IllegalStateException("socket gone");
        }, timer, timer.clock(), 2);
        var outcome = failing.submit(routerA, PushRequest.disconnect(CoaFixtures.session("warga-0")));
        assertThat(outcome.toCompletableFuture().join().result()).isEqualTo(PushOutcome.Result.ERROR);
        assertThat(failing.counters().errors()).isEqualTo(1);
    }
}
