package id.pita.engine.control;

import id.pita.core.Check;
import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.District;
import id.pita.core.session.Session;
import id.pita.core.uplink.OfferedDemand;
import id.pita.core.uplink.UplinkState;
import id.pita.engine.access.DeviceUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one planning round looks at.
 *
 * @param sessions      sessions online now; {@link Session#lastPushed()} is what the gateway has
 * @param siteDemand    estimated demand per site code; a site missing here counts as its ceiling
 * @param sessionDemand estimated demand per session key; a session missing here counts as the device cap
 * @param usageToday    today's use per canonical MAC (citizen sessions); a MAC missing here has used nothing
 * @param inFlight      session keys left alone this round: a push still unanswered, or a disconnect
 *                      ACKed whose Accounting-Stop has not arrived yet
 * @param memory        per session key, what the loop remembers of its pushes (dwell, context, rate in
 *                      flight); a session missing here has had no push since Pita started
 * @param uplink        the main uplink as measured ({@link UplinkState#NOMINAL}: plan on the contracted pool)
 * @param draws         what each measured session draws ({@link DemandModel#drawing}), for what the plan offers the
 *                      uplink ({@link OfferedDemand}); a session missing here draws nothing
 */
public record PlanInput(Instant now, District district, RegimeState regime, List<Session> sessions,
                        Map<String, Bandwidth> siteDemand, Map<String, Bandwidth> sessionDemand, List<Boost> boosts,
                        Map<String, DeviceUsage> usageToday, Set<String> inFlight, Map<String, PushMemory> memory,
                        UplinkState uplink, List<OfferedDemand.Draw> draws) {
    public PlanInput {
        uplink = uplink == null ? UplinkState.NOMINAL : uplink;
        draws = draws == null ? List.of() : List.copyOf(draws);
        Check.notNull("now", now);
        Check.notNull("district", district);
        Check.notNull("regime", regime);
        Check.noNulls("sessions", sessions);
        Check.noNulls("boosts", boosts);
        sessions = List.copyOf(sessions);
        siteDemand = Map.copyOf(siteDemand);
        sessionDemand = Map.copyOf(sessionDemand);
        boosts = List.copyOf(boosts);
        usageToday = Map.copyOf(usageToday);
        inFlight = Set.copyOf(inFlight);
        memory = Map.copyOf(memory);
    }

    /** Nothing known of what the sessions draw. */
    public PlanInput(Instant now, District district, RegimeState regime, List<Session> sessions,
                     Map<String, Bandwidth> siteDemand, Map<String, Bandwidth> sessionDemand, List<Boost> boosts,
                     Map<String, DeviceUsage> usageToday, Set<String> inFlight, Map<String, PushMemory> memory,
                     UplinkState uplink) {
        this(now, district, regime, sessions, siteDemand, sessionDemand, boosts, usageToday, inFlight, memory, uplink,
                List.of());
    }

    /** What {@code plan} offers the uplink: the sessions' draws capped by its rates ({@link OfferedDemand}). */
    public Bandwidth offered(id.pita.core.allocation.Allocation plan) {
        return OfferedDemand.of(draws, plan);
    }

    /** The contracted pool, nothing measured. */
    public PlanInput(Instant now, District district, RegimeState regime, List<Session> sessions,
                     Map<String, Bandwidth> siteDemand, Map<String, Bandwidth> sessionDemand, List<Boost> boosts,
                     Map<String, DeviceUsage> usageToday, Set<String> inFlight, Map<String, PushMemory> memory) {
        this(now, district, regime, sessions, siteDemand, sessionDemand, boosts, usageToday, inFlight, memory,
                UplinkState.NOMINAL);
    }

    /** Without push memory: every session is as if never pushed since Pita started. */
    public PlanInput(Instant now, District district, RegimeState regime, List<Session> sessions,
                     Map<String, Bandwidth> siteDemand, Map<String, Bandwidth> sessionDemand, List<Boost> boosts,
                     Map<String, DeviceUsage> usageToday, Set<String> inFlight) {
        this(now, district, regime, sessions, siteDemand, sessionDemand, boosts, usageToday, inFlight, Map.of());
    }

    PushMemory memoryOf(String sessionKey) {
        return memory.getOrDefault(sessionKey, PushMemory.NONE);
    }
}
