package id.pita.engine.uplink;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import java.time.Instant;
import java.util.Optional;

/**
 * What is known about the main uplink now, for people (dashboard, public page, alerts, {@code /health}).
 *
 * @param reading    what the plan uses: {@link Reading#NOT_MEASURED} (no SNMP configured), {@link Reading#WAITING}
 *                   (configured, no answer yet), {@link Reading#MEASURED}, or {@link Reading#UNKNOWN} (the agent
 *                   has not answered for longer than {@code staleAfter}: the plan is back on the contracted pool)
 * @param contracted the contracted capacity ({@code pool.capacity})
 * @param effective  what the plan uses now: the estimate while measured, else the contracted capacity
 * @param mainUp     the link's {@code ifOperStatus} as last estimated (true unless measured down)
 * @param since      since when {@code effective} has had its value (measured), or since when it is unknown
 * @param carried    what the link carried over the last interval, when measured
 * @param lastAnswer when the agent last answered, if ever
 * @param lastError  why the last poll failed, if it did
 */
public record UplinkStatus(Reading reading, Bandwidth contracted, Bandwidth effective, boolean mainUp, Instant since,
                           Bandwidth carried, Optional<Instant> lastAnswer, Optional<String> lastError) {
    /** How the plan's uplink figure was arrived at. */
    public enum Reading { NOT_MEASURED, WAITING, MEASURED, UNKNOWN }

    public UplinkStatus {
        Check.notNull("reading", reading);
        Check.notNull("contracted", contracted);
        Check.notNull("effective", effective);
        Check.notNull("since", since);
        Check.notNull("carried", carried);
        lastAnswer = lastAnswer == null ? Optional.empty() : lastAnswer;
        lastError = lastError == null ? Optional.empty() : lastError;
    }

    /** Measured below the contracted capacity (down counts: 0 of it). */
    public boolean degraded() {
        return reading == Reading.MEASURED && (!mainUp || effective.down() < contracted.down()
                || effective.up() < contracted.up());
    }
}
