package id.pita.core.plan;

import id.pita.core.allocation.Allocation;
import id.pita.core.allocation.AllocationInput;
import id.pita.core.allocation.Allocator;
import id.pita.core.allocation.SiteDemand;
import id.pita.core.calendar.CalendarCoverage;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.NationalCalendar;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.District;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One offline planning round: the regime at a local time and the allocator's plan for it, with every site
 * assumed to want its ceiling ({@link SiteDemand#unknown}) and no hotspot sessions. Approved boosts live in
 * the store, not in the district file, so none is assumed. The district's calendar is joined with the
 * national holiday lists ({@link NationalCalendar#applyTo}).
 *
 * @param coverage what is unsettled in the holiday lists from today (and from the planned day) on: a year
 *                 with no list counts its holidays as working days; a provisional one uses estimated dates
 */
public record DryRun(District district, ZonedDateTime at, RegimeState state, AllocationInput input,
                     Allocation allocation, CalendarCoverage coverage) {
    /** With the national lists shipped with Pita, checked from the planned day only. */
    public static DryRun of(District district, ZonedDateTime at) {
        return of(district, at, IndonesianCalendars.shipped(), at.withZoneSameInstant(district.zone()).toLocalDate());
    }

    /**
     * The plan at {@code at} over the district's calendar joined with {@code national}; the coverage is checked
     * from {@code today} and from the planned day, and reports what either finds.
     */
    public static DryRun of(District district, ZonedDateTime at, NationalCalendar national, LocalDate today) {
        var local = at.withZoneSameInstant(district.zone());
        var calendar = national.applyTo(district.calendar());
        var state = new RegimeCalendar(calendar, district.zone()).at(local.toInstant());
        var sites = district.sites().stream().map(SiteDemand::unknown).toList();
        var input = new AllocationInput(district.pool().capacity(), district.policy(state.regime()),
                district.citizenPlan(), sites, List.of());
        var coverage = national.coverage(today, district.calendar())
                .merge(national.coverage(local.toLocalDate(), district.calendar()));
        return new DryRun(district, local, state, input, Allocator.allocate(input), coverage);
    }

    /** The sites of one class as the allocator saw them, in file order. */
    public List<SiteDemand> sites(boolean hotspots) {
        return input.sites().stream().filter(s -> s.site().isHotspot() == hotspots).toList();
    }
}
