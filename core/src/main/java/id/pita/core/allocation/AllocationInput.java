package id.pita.core.allocation;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.RegimePolicy;
import java.util.List;

/** Everything one planning round needs; built by the control loop, consumed by {@link Allocator}. */
public record AllocationInput(Bandwidth pool, RegimePolicy policy, CitizenPlan citizenPlan, List<SiteDemand> sites,
                              List<SessionDemand> sessions) {
    public AllocationInput {
        Check.notNull("pool", pool);
        Check.notNull("policy", policy);
        Check.notNull("citizenPlan", citizenPlan);
        Check.noNulls("sites", sites);
        Check.noNulls("sessions", sessions);
        sites = List.copyOf(sites);
        sessions = List.copyOf(sessions);
    }
}
