package id.pita.portal.console;

import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import java.util.List;

/**
 * What the engine knows right now.
 *
 * @param officeAllocation sum of the offices' current allocations; likewise for hotspots
 * @param officeUse        offices' measured rate now (bit/s per direction); likewise for hotspots
 */
public record LiveSnapshot(RegimeState regime, Bandwidth officeAllocation, Bandwidth hotspotAllocation,
                           Bandwidth officeUse, Bandwidth hotspotUse, List<SiteLive> sites,
                           List<HotspotLive> hotspots, id.pita.engine.uplink.UplinkStatus uplink) {
    public LiveSnapshot {
        sites = List.copyOf(sites);
        hotspots = List.copyOf(hotspots);
    }

    /** Without an uplink reading (nothing measures it: {@link #uplink()} is null). */
    public LiveSnapshot(RegimeState regime, Bandwidth officeAllocation, Bandwidth hotspotAllocation,
                        Bandwidth officeUse, Bandwidth hotspotUse, List<SiteLive> sites, List<HotspotLive> hotspots) {
        this(regime, officeAllocation, hotspotAllocation, officeUse, hotspotUse, sites, hotspots, null);
    }

    /** The uplink as measured, when something measures it. */
    public java.util.Optional<id.pita.engine.uplink.UplinkStatus> measuredUplink() {
        return java.util.Optional.ofNullable(uplink).filter(u -> u.reading()
                != id.pita.engine.uplink.UplinkStatus.Reading.NOT_MEASURED);
    }

    /** One site's allocation and measured use now. */
    public record SiteLive(String siteCode, Bandwidth allocation, Bandwidth use) {
    }

    /** One gateway: whether it admits citizens now, and how many sessions it has. */
    public record HotspotLive(String gatewayId, String siteCode, boolean open, int sessions) {
    }
}
