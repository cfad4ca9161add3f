package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends pushes and remembers, per session, what is unanswered, what the gateway last ACKed and when, and
 * what context its last push was decided under, so that the next round neither repeats a push in flight or
 * an ACKed disconnect, nor waits for the store to catch up with an ACK, and can keep the dwell time. Every
 * result goes to the {@link PushLedger}. Thread-safe: completions arrive on the CoA client's threads.
 */
final class PushTracker {
    private static final Logger LOG = LoggerFactory.getLogger(PushTracker.class);

    private final Pusher pusher;
    private final PushLedger ledger;
    private final Clock clock;
    private final BiFunction<Push, PushResult, Optional<Push>> fallback;
    private final Consumer<Push> onSend;
    private final Map<String, Bandwidth> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Bandwidth> acked = new ConcurrentHashMap<>();
    private final Map<String, Instant> ackedAt = new ConcurrentHashMap<>();
    private final Map<String, Instant> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, PushContext> decidedUnder = new ConcurrentHashMap<>();
    /** Sessions a gateway agreed to end, until their Accounting-Stop takes them off the online list. */
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    /** Sessions whose push in flight probes an unreachable gateway. */
    private final Set<String> probes = ConcurrentHashMap.newKeySet();
    private final CoaPeers peers;
    private final Consumer<String> onReachable;

    /**
     * @param fallback    the push to send at once when one could not take effect ({@link CoaFallback})
     * @param onSend      told of each fallback push sent (metrics)
     * @param peers       which gateways answer; a push's result is noted there first
     * @param onReachable told (on the thread that completed the push) when an unreachable gateway answers again
     */
    PushTracker(Pusher pusher, PushLedger ledger, Clock clock, BiFunction<Push, PushResult, Optional<Push>> fallback,
                Consumer<Push> onSend, CoaPeers peers, Consumer<String> onReachable) {
        this.peers = peers;
        this.onReachable = onReachable;
        this.pusher = pusher;
        this.ledger = ledger;
        this.clock = clock;
        this.fallback = fallback;
        this.onSend = onSend;
    }

    Set<String> inFlight() {
        return Set.copyOf(inFlight.keySet());
    }

    /** Sessions to leave alone this round: a push unanswered, or an ACKed disconnect not yet stopped. */
    Set<String> busy() {
        var busy = new HashSet<>(inFlight.keySet());
        busy.addAll(ended);
        return busy;
    }

    /** What the planner needs to know of each session's pushes. */
    Map<String, PushMemory> memory() {
        var keys = new HashSet<>(answeredAt.keySet());
        keys.addAll(decidedUnder.keySet());
        keys.addAll(inFlight.keySet());
        var out = new HashMap<String, PushMemory>();
        for (var k : keys) {
            out.put(k, new PushMemory(answeredAt.get(k), decidedUnder.get(k), inFlight.get(k)));
        }
        return out;
    }

    /** When the gateway ACKed the rate it has now, if that ACK came since Pita started. */
    Optional<Instant> ackedAt(String sessionKey) {
        return Optional.ofNullable(ackedAt.get(sessionKey));
    }

    void reserve(Push push, PushContext context) {
        inFlight.put(push.sessionKey(), push instanceof Push.RateChange c ? c.rate() : Bandwidth.ZERO);
        if (context != null) {
            decidedUnder.put(push.sessionKey(), context);
        }
    }

    /** Sends a push that probes an unreachable gateway (reserved as any other). */
    void sendProbe(Push push) {
        probes.add(push.sessionKey());
        send(push);
    }

    void send(Push push) {
        CompletionStage<PushResult> stage;
        try {
            stage = pusher.push(push);
        } catch (RuntimeException e) {
            complete(push, null, e);
            return;
        }
        stage.whenComplete((result, error) -> complete(push, result, error));
    }

    private void complete(Push push, PushResult result, Throwable error) {
        var r = result != null ? result
                : new PushResult(PushResult.Outcome.ERROR, String.valueOf(error), clock.instant());
        var key = push.sessionKey();
        if (r.acked() && push instanceof Push.RateChange change) {
            acked.put(key, change.rate());
            ackedAt.put(key, r.at());
        } else if (r.acked()) {
            ended.add(key);
        }
        answeredAt.put(key, r.at());
        var change = peers.onResult(push, r, probes.remove(key));
        Optional<Push> next = Optional.empty();
        // A gateway that answers nothing at all gets no fallback Disconnect: it would go unanswered too, and
        // the session gets its rate by CoA once the gateway answers again.
        if (!r.acked() && !peers.unreachable(push.gatewayId())) {
            try {
                next = fallback.apply(push, r);
            } catch (RuntimeException e) {
                LOG.error("Deciding a fallback for a push to {} failed", push.gatewayId(), e);
            }
        }
        if (next.isPresent()) {
            r = r.withFallback(CoaFallback.DISCONNECT);
        }
        inFlight.remove(key);
        try {
            ledger.record(push, r);
        } catch (RuntimeException e) {
            LOG.error("Recording push to {} failed", push.gatewayId(), e);
        }
        if (!r.acked()) {
            LOG.debug("Push {} to {} answered {} {}", push.getClass().getSimpleName(), push.gatewayId(),
                    r.outcome(), r.detail());
        }
        if (next.isPresent()) {
            LOG.info("CoA for {} at {} could not take effect ({} {}): Disconnect-Request so it logs in at the new rate",
                    key, push.gatewayId(), r.outcome(), r.detail());
            reserve(next.get(), null);
            onSend.accept(next.get());
            send(next.get());
        }
        if (change == CoaPeers.Change.REACHABLE) {
            onReachable.accept(push.gatewayId());
        }
    }

    /** The session as the gateway has it: the rate it last ACKed if newer knowledge than the store's. */
    Session withLastAck(Session s) {
        var rate = acked.get(s.key());
        if (rate == null || rate.equals(s.lastPushed())) {
            return s;
        }
        return new Session(s.gatewayId(), s.acctSessionId(), s.username(), s.siteCode(), s.mac(), s.ip(),
                s.started(), s.lastUpdate(), s.uploadBytes(), s.downloadBytes(), s.sessionSeconds(), rate,
                s.stopped());
    }

    void retainOnly(Set<String> onlineKeys) {
        acked.keySet().retainAll(onlineKeys);
        ackedAt.keySet().retainAll(onlineKeys);
        answeredAt.keySet().retainAll(onlineKeys);
        decidedUnder.keySet().retainAll(onlineKeys);
        ended.retainAll(onlineKeys);
    }
}
