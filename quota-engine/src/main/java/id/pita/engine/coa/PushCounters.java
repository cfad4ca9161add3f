package id.pita.engine.coa;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Pushes counted by outcome, for metrics. Monotonic; thread-safe. */
public final class PushCounters {
    private final Map<PushOutcome.Result, LongAdder> byResult = new EnumMap<>(PushOutcome.Result.class);
    private final LongAdder sent = new LongAdder();

    PushCounters() {
        for (var r : PushOutcome.Result.values()) {
            byResult.put(r, new LongAdder());
        }
    }

    void recordSent() {
        sent.increment();
    }

    void record(PushOutcome outcome) {
        byResult.get(outcome.result()).increment();
    }

    /** Pushes handed to the sender (after pacing), whatever their outcome. */
    public long sent() {
        return sent.sum();
    }

    public long count(PushOutcome.Result result) {
        return byResult.get(result).sum();
    }

    public long acked() {
        return count(PushOutcome.Result.ACK);
    }

    public long naked() {
        return count(PushOutcome.Result.NAK);
    }

    public long timedOut() {
        return count(PushOutcome.Result.TIMEOUT);
    }

    public long errors() {
        return count(PushOutcome.Result.ERROR);
    }

    public long superseded() {
        return count(PushOutcome.Result.SUPERSEDED);
    }
}
