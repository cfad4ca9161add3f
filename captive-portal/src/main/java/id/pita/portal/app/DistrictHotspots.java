package id.pita.portal.app;

import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.citizen.HotspotDirectory;
import id.pita.portal.citizen.OpenNdsFas;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's view of the live district's hotspot gateways. MikroTik: {@code server-name} (or the
 * NAS-Identifier an operator put there) is the gateway id, or the login host is its address. CoovaChilli:
 * {@code nasid} is the gateway id. openNDS: {@code gatewayname} is the gateway id, and authmon's
 * {@code gatewayhash} is sha256 of its URL-encoded form. Rebuilt when the district changes. Thread-safe.
 */
final class DistrictHotspots implements HotspotDirectory {
    private record Index(Map<String, Hotspot> byId, Map<String, Hotspot> byAddress, Map<String, Hotspot> byHash) {
    }

    private volatile Index index;

    DistrictHotspots(DistrictHolder holder) {
        index = build(holder.current());
        holder.onChange(d -> index = build(d));
    }

    private static Index build(District d) {
        var byId = new HashMap<String, Hotspot>();
        var byAddress = new HashMap<String, Hotspot>();
        var byHash = new HashMap<String, Hotspot>();
        for (Gateway g : d.gateways()) {
            var site = d.site(g.siteCode()).filter(s -> s.isHotspot());
            if (site.isEmpty()) {
                continue;
            }
            var hotspot = new Hotspot(g, site.get(), site.get().voucherRequired());
            byId.put(g.id(), hotspot);
            byAddress.put(g.address(), hotspot);
            for (var login : g.loginAddresses()) {
                byAddress.putIfAbsent(hostOf(login), hotspot);
            }
            byHash.put(gatewayHash(g.id()), hotspot);
        }
        return new Index(Map.copyOf(byId), Map.copyOf(byAddress), Map.copyOf(byHash));
    }

    /** The host of a login address {@code host[:port]} (an IPv6 address may come in brackets). */
    private static String hostOf(String login) {
        if (login.startsWith("[")) {
            return login.substring(1, Math.max(1, login.indexOf(']')));
        }
        int colon = login.indexOf(':');
        return colon > 0 && colon == login.lastIndexOf(':') ? login.substring(0, colon) : login;
    }

    /** openNDS's gatewayhash: sha256 hex of the gateway name URL-encoded as openNDS does it (space as %20). */
    static String gatewayHash(String gatewayName) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(OpenNdsFas.rawUrlEncode(gatewayName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static Optional<Hotspot> of(Hotspot h, Vendor vendor) {
        return Optional.ofNullable(h).filter(x -> x.gateway().vendor() == vendor);
    }

    @Override
    public Optional<Hotspot> mikrotik(String serverName, String loginHost) {
        var i = index;
        return of(i.byId().get(serverName), Vendor.MIKROTIK)
                .or(() -> of(i.byAddress().get(loginHost), Vendor.MIKROTIK));
    }

    @Override
    public Optional<Hotspot> chilli(String nasid, String called) {
        return of(index.byId().get(nasid), Vendor.COOVACHILLI);
    }

    @Override
    public Optional<Hotspot> openNds(String gatewayName) {
        return of(index.byId().get(gatewayName), Vendor.OPENNDS);
    }

    @Override
    public Optional<Hotspot> openNdsByHash(String gatewayHash) {
        return of(index.byHash().get(gatewayHash), Vendor.OPENNDS);
    }
}
