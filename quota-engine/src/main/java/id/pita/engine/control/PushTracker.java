package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import id.pita.core.session.Session;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends pushes and remembers, per session, what is unanswered and what the gateway last ACKed, so
 * that the next round neither repeats a push in flight or an ACKed disconnect nor waits for the store
 * to catch up with an ACK. Every result goes to the {@link PushLedger}. Thread-safe: completions arrive on the CoA
 * client's threads.
 */
final class PushTracker {
    private static final Logger LOG = LoggerFactory.getLogger(PushTracker.class);

    private final Pusher pusher;
    private final PushLedger ledger;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Bandwidth> acked = new ConcurrentHashMap<>();
    /** Sessions a gateway agreed to end, until their Accounting-Stop takes them off the online list. */
    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    PushTracker(Pusher pusher, PushLedger ledger, Clock clock) {
        this.pusher = pusher;
        this.ledger = ledger;
        this.clock = clock;
    }

    Set<String> inFlight() {
        return Set.copyOf(inFlight);
    }

    /** Sessions to leave alone this round: a push unanswered, or an ACKed disconnect not yet stopped. */
    Set<String> busy() {
        var busy = new java.util.HashSet<>(inFlight);
        busy.addAll(ended);
        return busy;
    }

    void reserve(Push push) {
        inFlight.add(push.sessionKey());
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
        if (r.acked() && push instanceof Push.RateChange change) {
            acked.put(push.sessionKey(), change.rate());
        } else if (r.acked()) {
            ended.add(push.sessionKey());
        }
        inFlight.remove(push.sessionKey());
        try {
            ledger.record(push, r);
        } catch (RuntimeException e) {
            LOG.error("Recording push to {} failed", push.gatewayId(), e);
        }
        if (!r.acked()) {
            LOG.debug("Push {} to {} answered {} {}", push.getClass().getSimpleName(), push.gatewayId(),
                    r.outcome(), r.detail());
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
        ended.retainAll(onlineKeys);
    }
}
