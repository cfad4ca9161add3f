package id.pita.core.allocation;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Plans the pool (ARCHITECTURE §2). Pure, deterministic (the result does not depend on the order of the input
 * lists), O(n log n) in sites plus sessions; thread-safe.
 *
 * <p>Per direction: pool -> office class and hotspot class by the regime policy's shares; each class -> its
 * sites; each hotspot -> its sessions, equally, up to the citizen plan's device cap. Every level is weighted
 * max-min water-filling with floors and caps ({@link WaterFill}), work-conserving ({@link TwoPhase}).
 */
public final class Allocator {
    private Allocator() {
    }

    /**
     * @throws InvalidValueException if a site code is listed twice, or the key of a session at a known hotspot
     */
    public static Allocation allocate(AllocationInput input) {
        var prepared = Prepared.of(input);
        var warnings = new ArrayList<>(prepared.warnings());
        boolean open = input.policy().hotspotsOpen();
        if (!open && prepared.sessionCount() > 0) {
            warnings.add("Public hotspots are closed under the " + input.policy().regime() + " policy: "
                    + prepared.sessionCount() + " session(s) get 0 bit/s");
        }
        var plans = DirectionPlan.plan(input, prepared, warnings);
        var down = plans[0];
        var up = plans[1];
        return new Allocation(new Bandwidth(down.officeClass(), up.officeClass()),
                new Bandwidth(down.hotspotClass(), up.hotspotClass()), sites(prepared, down, up),
                sessions(prepared, down, up, input.citizenPlan().deviceCap()), warnings);
    }

    private static Map<String, Bandwidth> sites(Prepared prepared, DirectionPlan down, DirectionPlan up) {
        int offices = prepared.offices().size();
        var codes = new String[offices + prepared.hotspots().size()];
        put(codes, 0, prepared.offices());
        put(codes, offices, prepared.hotspots());
        // Prepared has rejected a code listed twice already.
        return new RateMap(new KeyTable(codes), concat(down.officeRates(), down.hotspotRates()),
                concat(up.officeRates(), up.hotspotRates()));
    }

    private static void put(String[] codes, int from, List<SiteDemand> sites) {
        for (int i = 0; i < sites.size(); i++) {
            codes[from + i] = sites.get(i).site().code();
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The rates stay columns; {@link Allocation} keeps the map view as is instead of copying it. */
    private static Map<String, Bandwidth> sessions(Prepared prepared, DirectionPlan down, DirectionPlan up,
                                                   Bandwidth deviceCap) {
        var groups = prepared.sessions();
        long[][] rates = SessionShares.of(groups, down.hotspotRates(), up.hotspotRates(), deviceCap.down(),
                deviceCap.up());
        return new SessionRates(groups.columns(), groups.kept(), rates[0], rates[1]);
    }
}
