package id.pita.engine.access;

import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.util.Optional;

/**
 * What an Access-Accept (or a CoA) grants, vendor-neutral. Encoded per vendor at the edge:
 * Mikrotik-Rate-Limit, WISPr and ChilliSpot bandwidth, Session-Timeout, and so on.
 *
 * @param rate             per-direction rate in bit/s, client's point of view
 * @param guaranteed       the part of {@code rate} that is guaranteed (MikroTik min-rx/min-tx); may be ZERO
 * @param sessionTimeout   never past the hotspot's closing time; empty = no limit
 * @param remainingBytes   data left today (total of both directions); empty = unlimited
 * @param className        RADIUS Class to echo in accounting (empty = none)
 */
public record RateReply(Bandwidth rate, Bandwidth guaranteed, Optional<Duration> sessionTimeout,
                        Optional<Duration> idleTimeout, Duration interimInterval, Optional<Long> remainingBytes,
                        String className) {
}
