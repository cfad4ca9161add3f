package id.pita.core.store;

/** What one device or login used on one local day: bytes both ways and seconds online. */
public record DailyUsage(long bytes, long seconds) {
    public static final DailyUsage NONE = new DailyUsage(0, 0);
}
