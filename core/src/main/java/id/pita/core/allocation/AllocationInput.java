package id.pita.core.allocation;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.RegimePolicy;
import java.util.List;

/**
 * Everything one planning round needs; built by the control loop, consumed by {@link Allocator}.
 *
 * @param sessions always {@link SessionColumns} once built (a list of records is turned into columns): the
 *                 control loop builds the columns directly, the allocator reads nothing else
 */
public record AllocationInput(Bandwidth pool, RegimePolicy policy, CitizenPlan citizenPlan, List<SiteDemand> sites,
                              List<SessionDemand> sessions) {
    public AllocationInput {
        Check.notNull("pool", pool);
        Check.notNull("policy", policy);
        Check.notNull("citizenPlan", citizenPlan);
        Check.noNulls("sites", sites);
        Check.notNull("sessions", sessions);
        sites = List.copyOf(sites);
        // Columns are immutable already; a list of records becomes columns (checked for nulls on the way).
        sessions = SessionColumns.of(sessions);
    }
}
