package id.pita.engine.control;

import id.pita.core.district.Bandwidth;
import java.time.Instant;

/**
 * What the loop remembers of one session's pushes, for the planner.
 *
 * @param lastAt   when its last push was answered (any outcome); {@code null} if none since Pita started
 * @param context  what the last push was decided under; {@code null} if none
 * @param inFlight the rate of a push still unanswered; {@link Bandwidth#ZERO} if none
 */
public record PushMemory(Instant lastAt, PushContext context, Bandwidth inFlight) {
    public static final PushMemory NONE = new PushMemory(null, null, Bandwidth.ZERO);

    public PushMemory {
        inFlight = inFlight == null ? Bandwidth.ZERO : inFlight;
    }
}
