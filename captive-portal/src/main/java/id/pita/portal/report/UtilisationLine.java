package id.pita.portal.report;

import java.time.Instant;

/**
 * Use of the pool over one period (an hour, a day or a month). Utilisation is bits moved divided by
 * capacity times seconds, per direction: {@code 1.0} means the link was full for the whole period.
 * Download is the scarce direction and is reported per class; upload as a total.
 *
 * @param label      the period as people read it: {@code 14:00}, {@code 2026-11-23}, {@code 2026-11}
 * @param seconds    length of the period
 */
public record UtilisationLine(String label, Instant start, long seconds, long officeDown, long officeUp,
                              long hotspotDown, long hotspotUp, long capacityDownBps, long capacityUpBps) {
    public double officeDownUtil() {
        return util(officeDown, capacityDownBps);
    }

    public double hotspotDownUtil() {
        return util(hotspotDown, capacityDownBps);
    }

    public double downUtil() {
        return util(officeDown + hotspotDown, capacityDownBps);
    }

    public double upUtil() {
        return util(officeUp + hotspotUp, capacityUpBps);
    }

    public long totalBytes() {
        return officeDown + officeUp + hotspotDown + hotspotUp;
    }

    private double util(long bytes, long bps) {
        return seconds == 0 ? 0 : bytes * 8.0 / ((double) bps * seconds);
    }
}
