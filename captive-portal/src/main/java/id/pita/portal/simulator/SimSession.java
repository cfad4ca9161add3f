package id.pita.portal.simulator;

import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One RADIUS session at a simulated gateway: an office link or a citizen device. Its traffic is the
 * lesser of what it wants and the rate the gateway last applied, integrated over simulated time.
 * Guarded by its gateway's lock.
 */
final class SimSession {
    final String acctSessionId;
    final String userName;
    final String mac;
    final String ip;
    final boolean citizen;
    final boolean heavy;
    final Demand demand;
    final Instant start;
    Optional<Instant> plannedEnd;
    byte[] classAttribute = new byte[0];
    Bandwidth limit = Bandwidth.ZERO;
    Duration interim;
    long downBytes;
    long upBytes;
    Instant lastTick;
    Instant nextInterim;
    /** Why it ends (an Acct-Terminate-Cause value), once it is over; the Stop is then due. */
    Integer endCause;
    /** Whether the planned end is the gateway's Session-Timeout rather than the citizen leaving. */
    boolean timeoutCut;

    SimSession(String acctSessionId, String userName, String mac, String ip, boolean citizen, boolean heavy,
               Demand demand, Instant start, Optional<Instant> plannedEnd) {
        this.acctSessionId = acctSessionId;
        this.userName = userName;
        this.mac = mac;
        this.ip = ip;
        this.citizen = citizen;
        this.heavy = heavy;
        this.demand = demand;
        this.start = start;
        this.plannedEnd = plannedEnd;
        this.lastTick = start;
    }

    /**
     * Applies an Access-Accept: its rate, interim interval, Class and Session-Timeout (which cuts the
     * planned end short, as the gateway enforces it).
     */
    void accepted(Bandwidth rate, Duration interimInterval, byte[] classValue, Optional<Duration> sessionTimeout) {
        limit = rate;
        interim = interimInterval;
        nextInterim = start.plus(interimInterval);
        classAttribute = classValue.clone();
        sessionTimeout.ifPresent(t -> {
            var cut = start.plus(t);
            if (plannedEnd.isEmpty() || cut.isBefore(plannedEnd.get())) {
                plannedEnd = Optional.of(cut);
                timeoutCut = true;
            }
        });
    }

    /** What flows now: per direction the lesser of the wish and the applied rate (bit/s). */
    Bandwidth throughput(Instant now) {
        return demand.at(now).min(limit);
    }

    /** Adds the traffic from the last tick to {@code now}. */
    void advance(Instant now) {
        if (!now.isAfter(lastTick)) {
            return;
        }
        double seconds = Duration.between(lastTick, now).toNanos() / 1e9;
        var rate = throughput(lastTick);
        downBytes += Math.round(rate.down() * seconds / 8);
        upBytes += Math.round(rate.up() * seconds / 8);
        lastTick = now;
    }

    long sessionSeconds(Instant now) {
        return Math.max(0, Duration.between(start, now).toSeconds());
    }
}
