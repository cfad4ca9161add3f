package id.pita.engine.gateway;

import id.pita.core.session.GatewayActivity;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** One gateway's mutable activity: epoch milliseconds, {@link #NEVER} when not seen. Thread-safe. */
final class GatewayState {
    static final long NEVER = Long.MIN_VALUE;
    private final String gatewayId;
    private final AtomicLong accessRequest = new AtomicLong(NEVER);
    private final AtomicLong accept = new AtomicLong(NEVER);
    private final AtomicLong accounting = new AtomicLong(NEVER);
    private final AtomicLong coaAck = new AtomicLong(NEVER);
    private final AtomicLong unsigned = new AtomicLong();
    private final AtomicBoolean signs = new AtomicBoolean();
    private final AtomicBoolean dirty = new AtomicBoolean();

    GatewayState(String gatewayId) {
        this.gatewayId = gatewayId;
    }

    static GatewayState of(GatewayActivity a) {
        var s = new GatewayState(a.gatewayId());
        a.lastAccessRequest().ifPresent(t -> s.accessRequest.set(t.toEpochMilli()));
        a.lastAccept().ifPresent(t -> s.accept.set(t.toEpochMilli()));
        a.lastAccounting().ifPresent(t -> s.accounting.set(t.toEpochMilli()));
        a.lastCoaAck().ifPresent(t -> s.coaAck.set(t.toEpochMilli()));
        s.unsigned.set(a.unsignedRequests());
        s.signs.set(a.signs());
        return s;
    }

    void accessRequest(long ms) {
        advance(accessRequest, ms);
    }

    void accept(long ms) {
        advance(accept, ms);
    }

    void accounting(long ms) {
        advance(accounting, ms);
    }

    void coaAck(long ms) {
        advance(coaAck, ms);
    }

    /** Sets the flag; dirty only the first time (this runs per signed packet). */
    void signed() {
        if (!signs.get() && signs.compareAndSet(false, true)) {
            dirty.set(true);
        }
    }

    boolean signs() {
        return signs.get();
    }

    void unsigned() {
        unsigned.incrementAndGet();
        dirty.set(true);
    }

    /** Never moves a time backwards (events complete out of order on several threads). */
    private void advance(AtomicLong field, long ms) {
        field.accumulateAndGet(ms, Math::max);
        dirty.set(true);
    }

    boolean takeDirty() {
        return dirty.getAndSet(false);
    }

    GatewayActivity snapshot() {
        return new GatewayActivity(gatewayId, at(accessRequest), at(accept), at(accounting), at(coaAck),
                unsigned.get(), signs.get());
    }

    private static Optional<Instant> at(AtomicLong field) {
        long v = field.get();
        return v == NEVER ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    }
}
