package id.pita.core.allocation;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Direction;
import java.util.ArrayList;
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
     * @throws InvalidValueException if a site code or a session key is listed twice
     */
    public static Allocation allocate(AllocationInput input) {
        var prepared = Prepared.of(input);
        var warnings = new ArrayList<>(prepared.warnings());
        boolean open = input.policy().hotspotsOpen();
        if (!open && prepared.sessionCount() > 0) {
            warnings.add("Public hotspots are closed under the " + input.policy().regime() + " policy: "
                    + prepared.sessionCount() + " session(s) get 0 bit/s");
        }
        var down = DirectionPlan.plan(Direction.DOWN, input, prepared, warnings);
        var up = DirectionPlan.plan(Direction.UP, input, prepared, warnings);
        Map.Entry<?, ?>[] sites = new Map.Entry<?, ?>[prepared.offices().size() + prepared.hotspots().size()];
        put(sites, 0, prepared.offices(), down.officeRates(), up.officeRates());
        put(sites, prepared.offices().size(), prepared.hotspots(), down.hotspotRates(), up.hotspotRates());
        return new Allocation(new Bandwidth(down.officeClass(), up.officeClass()),
                new Bandwidth(down.hotspotClass(), up.hotspotClass()), ofEntries(sites, "sites"),
                sessions(prepared, down, up), warnings);
    }

    private static Map<String, Bandwidth> sessions(Prepared prepared, DirectionPlan down, DirectionPlan up) {
        Map.Entry<?, ?>[] entries = new Map.Entry<?, ?>[prepared.sessionCount()];
        var groups = prepared.sessionsByHotspot();
        int e = 0;
        for (int h = 0; h < groups.length; h++) {
            for (int k = 0; k < groups[h].length; k++) {
                var rate = new Bandwidth(down.sessionRates()[h][k], up.sessionRates()[h][k]);
                entries[e++] = Map.entry(groups[h][k].sessionKey(), rate);
            }
        }
        return ofEntries(entries, "sessions");
    }

    /**
     * Builds a map immutable at once ({@link Allocation} then keeps it as is instead of copying it again).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Bandwidth> ofEntries(Map.Entry<?, ?>[] entries, String field) {
        try {
            return Map.ofEntries((Map.Entry<String, Bandwidth>[]) entries);
        } catch (IllegalArgumentException duplicate) {
            throw new InvalidValueException(field, "a key is listed twice (" + duplicate.getMessage() + ")");
        }
    }

    private static void put(Map.Entry<?, ?>[] into, int from, List<SiteDemand> sites, long[] down, long[] up) {
        for (int i = 0; i < sites.size(); i++) {
            into[from + i] = Map.entry(sites.get(i).site().code(), new Bandwidth(down[i], up[i]));
        }
    }
}
