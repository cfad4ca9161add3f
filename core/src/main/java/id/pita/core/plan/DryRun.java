package id.pita.core.plan;

import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.allocation.Allocator;
import id.pita.core.allocation.SiteDemand;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.District;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One offline planning round: the regime at a local time and the allocator's plan for it, with every site
 * assumed to want its ceiling ({@link SiteDemand#unknown}) and no hotspot sessions. Approved boosts live in
 * the store, not in the district file, so none is assumed.
 *
 * @param at             the planned moment in the district's zone
 * @param holidaysListed whether the calendar lists any holiday in {@code at}'s year; if not, holidays that
 *                       year are unknown and would wrongly count as working days
 */
public record DryRun(District district, ZonedDateTime at, RegimeState state, AllocationInput input,
                     Allocation allocation, boolean holidaysListed) {
    public static DryRun of(District district, ZonedDateTime at) {
        var local = at.withZoneSameInstant(district.zone());
        var state = new RegimeCalendar(district.calendar(), district.zone()).at(local.toInstant());
        var sites = district.sites().stream().map(SiteDemand::unknown).toList();
        var input = new AllocationInput(district.pool().capacity(), district.policy(state.regime()),
                district.citizenPlan(), sites, List.of());
        boolean listed = district.calendar().holidays().stream().anyMatch(h -> h.date().getYear() == local.getYear());
        return new DryRun(district, local, state, input, Allocator.allocate(input), listed);
    }

    /** The sites of one class as the allocator saw them, in file order. */
    public List<SiteDemand> sites(boolean hotspots) {
        return input.sites().stream().filter(s -> s.site().isHotspot() == hotspots).toList();
    }
}
