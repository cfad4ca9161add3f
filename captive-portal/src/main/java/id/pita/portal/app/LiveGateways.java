package id.pita.portal.app;

import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.engine.GatewayDirectory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RADIUS gateways of the live district by source address, rebuilt whenever the district changes, so
 * a lookup per packet is one map read. openNDS gateways speak no RADIUS and are left out. Thread-safe.
 */
final class LiveGateways implements GatewayDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(LiveGateways.class);

    private volatile Map<InetAddress, Gateway> byAddress = Map.of();

    LiveGateways(DistrictHolder holder) {
        rebuild(holder.current());
        holder.onChange(this::rebuild);
    }

    private void rebuild(District district) {
        var map = new HashMap<InetAddress, Gateway>();
        for (var g : district.gateways()) {
            if (g.vendor() == Vendor.OPENNDS) {
                continue;
            }
            try {
                map.put(InetAddress.getByName(g.address()), g);
            } catch (UnknownHostException e) {
                LOG.warn("Gateway {} left out: address '{}' does not resolve", g.id(), g.address());
            }
        }
        byAddress = Map.copyOf(map);
    }

    @Override
    public Optional<Gateway> byAddress(InetAddress source) {
        return Optional.ofNullable(byAddress.get(source));
    }
}
