package id.pita.core.district;

import id.pita.core.Check;

/**
 * The district's paid uplink: its capacity per direction and what it costs a month, in rupiah,
 * for the cost-per-GB report.
 */
public record Pool(Bandwidth capacity, long monthlyCostIdr) {
    public Pool {
        Check.notNull("capacity", capacity);
        Check.positive("capacity.down", capacity.down());
        Check.positive("capacity.up", capacity.up());
        Check.nonNegative("monthlyCostIdr", monthlyCostIdr);
    }
}
