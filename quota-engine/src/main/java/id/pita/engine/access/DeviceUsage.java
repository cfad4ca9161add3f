package id.pita.engine.access;

import id.pita.core.Check;

/** What one device used on one local day: bytes in both directions together, and seconds online. */
public record DeviceUsage(long bytes, long seconds) {
    public static final DeviceUsage NONE = new DeviceUsage(0, 0);

    public DeviceUsage {
        Check.nonNegative("bytes", bytes);
        Check.nonNegative("seconds", seconds);
    }
}
