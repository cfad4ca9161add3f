package id.pita.portal.simulator;

import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.Instant;

/**
 * One citizen's visit to a hotspot on one day: when the phone joins, how long its owner stays and what
 * it would use. {@code done} once the visit has been played (logged in or given up). Guarded by the
 * gateway's lock.
 */
final class CitizenVisit {
    final String mac;
    final String ip;
    final Instant arrival;
    final Duration stay;
    final boolean heavy;
    final Bandwidth wish;
    int portalFailures;
    boolean done;

    CitizenVisit(String mac, String ip, Instant arrival, Duration stay, boolean heavy, Bandwidth wish) {
        this.mac = mac;
        this.ip = ip;
        this.arrival = arrival;
        this.stay = stay;
        this.heavy = heavy;
        this.wish = wish;
    }
}
