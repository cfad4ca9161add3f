package id.pita.core.district;

import id.pita.core.Check;
import java.time.Duration;

/**
 * What one citizen device may use on the public Wi-Fi.
 *
 * @param deviceCap        the most one device gets, per direction
 * @param dailyDataBytes   data per device per local day (0 = unlimited)
 * @param dailyTime        online time per device per local day (zero = unlimited)
 * @param sessionTimeout   longest single session
 * @param idleTimeout      session ends after this long without traffic
 * @param interimInterval  Acct-Interim-Interval asked of gateways (at least 60 s: CoovaChilli rejects less)
 * @param devicesPerPerson devices one login may use at once, where a login identifies a person
 * @param overQuota        what a device whose daily quota is spent gets: disconnected (and refused), or throttled
 * @param throttleRate     the rate of a throttled device, per direction; positive and within the device cap when
 *                         {@code overQuota} is {@link OverQuota#THROTTLE}, {@link Bandwidth#ZERO} otherwise
 */
public record CitizenPlan(Bandwidth deviceCap, long dailyDataBytes, Duration dailyTime, Duration sessionTimeout,
                          Duration idleTimeout, Duration interimInterval, int devicesPerPerson, OverQuota overQuota,
                          Bandwidth throttleRate) {
    public CitizenPlan {
        Check.notNull("deviceCap", deviceCap);
        Check.positive("deviceCap.down", deviceCap.down());
        Check.positive("deviceCap.up", deviceCap.up());
        Check.nonNegative("dailyDataBytes", dailyDataBytes);
        Check.notNull("dailyTime", dailyTime);
        Check.that(!dailyTime.isNegative(), "dailyTime", "must not be negative");
        Check.notNull("sessionTimeout", sessionTimeout);
        Check.that(sessionTimeout.toSeconds() >= 60, "sessionTimeout", "must be at least 60 seconds");
        Check.notNull("idleTimeout", idleTimeout);
        Check.that(idleTimeout.toSeconds() >= 60, "idleTimeout", "must be at least 60 seconds");
        Check.notNull("interimInterval", interimInterval);
        Check.that(interimInterval.toSeconds() >= 60 && interimInterval.toSeconds() <= 3600, "interimInterval",
                "must be between 60 and 3600 seconds (CoovaChilli rejects less than 60)");
        Check.inRange("devicesPerPerson", devicesPerPerson, 1, 20);
        overQuota = overQuota == null ? OverQuota.DISCONNECT : overQuota;
        throttleRate = throttleRate == null ? Bandwidth.ZERO : throttleRate;
        if (overQuota == OverQuota.THROTTLE) {
            Check.positive("throttleRate.down", throttleRate.down());
            Check.positive("throttleRate.up", throttleRate.up());
            Check.that(throttleRate.fitsWithin(deviceCap), "throttleRate",
                    "must be within the device cap " + deviceCap + " (was " + throttleRate + ")");
        }
    }

    /** Disconnect when the quota is spent. */
    public CitizenPlan(Bandwidth deviceCap, long dailyDataBytes, Duration dailyTime, Duration sessionTimeout,
                       Duration idleTimeout, Duration interimInterval, int devicesPerPerson) {
        this(deviceCap, dailyDataBytes, dailyTime, sessionTimeout, idleTimeout, interimInterval, devicesPerPerson,
                OverQuota.DISCONNECT, Bandwidth.ZERO);
    }

    public boolean throttles() {
        return overQuota == OverQuota.THROTTLE;
    }

    public CitizenPlan withOverQuota(OverQuota what, Bandwidth rate) {
        return new CitizenPlan(deviceCap, dailyDataBytes, dailyTime, sessionTimeout, idleTimeout, interimInterval,
                devicesPerPerson, what, rate);
    }
}
