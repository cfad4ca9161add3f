package id.pita.portal.simulator;

import id.pita.core.district.Bandwidth;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Plans a day of citizen visits at one hotspot: a quarter arrive in the afternoon before 16:00, the rest
 * after 16:00 with an evening peak around 19:30 (triangular 16:00–22:00); each stays 45–120 minutes.
 * Every device keeps the same MAC and IP from day to day, so daily quotas carry over. Ordinary phones
 * all want the same rate; a share of heavy users want four times as much. Deterministic for a seed.
 */
final class VisitPlanner {
    /** What an ordinary phone would pull: above a typical 5M device cap, so Pita's rate decides. */
    static final Bandwidth ORDINARY = Bandwidth.mbps(8, 1);
    static final Bandwidth HEAVY = Bandwidth.mbps(32, 4);

    private final int gatewayIndex;
    private final int citizens;
    private final double heavyShare;
    private final ZoneId zone;

    VisitPlanner(int gatewayIndex, int citizens, double heavyShare, ZoneId zone) {
        this.gatewayIndex = gatewayIndex;
        this.citizens = citizens;
        this.heavyShare = heavyShare;
        this.zone = zone;
    }

    List<CitizenVisit> plan(LocalDate day, Random random) {
        var visits = new ArrayList<CitizenVisit>();
        int heavyCount = (int) Math.round(citizens * heavyShare);
        for (int i = 0; i < citizens; i++) {
            boolean heavy = i < heavyCount;
            double hour = i % 4 == 0 ? 15 + random.nextDouble() : triangular(16, 19.5, 22, random);
            var arrival = day.atTime(LocalTime.ofSecondOfDay((long) (hour * 3600))).atZone(zone).toInstant();
            var stay = Duration.ofMinutes(45 + random.nextInt(76));
            visits.add(new CitizenVisit(mac(i), ip(i), arrival, stay, heavy, heavy ? HEAVY : ORDINARY));
        }
        visits.sort(Comparator.comparing(v -> v.arrival));
        return visits;
    }

    /** A locally administered MAC (02:...) unique per gateway and citizen. */
    String mac(int citizen) {
        return String.format("02:5A:%02X:%02X:%02X:%02X", (gatewayIndex >> 8) & 0xFF, gatewayIndex & 0xFF,
                (citizen >> 8) & 0xFF, citizen & 0xFF);
    }

    String ip(int citizen) {
        return "10." + (gatewayIndex % 250 + 1) + "." + (citizen / 250) + "." + (citizen % 250 + 2);
    }

    static double triangular(double low, double mode, double high, Random random) {
        double u = random.nextDouble();
        double cut = (mode - low) / (high - low);
        return u < cut ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }
}
