package id.pita.portal.citizen;

import java.util.Optional;

/**
 * Finds the hotspot a login handshake came from, by the identifiers each gateway sends. Every argument comes
 * from the citizen's browser and may be forged or empty (never null): implementations match exactly and
 * answer empty for anything unknown. The returned {@code Gateway.portalSecret()} is the uamsecret or faskey.
 * Thread-safe; may change live.
 */
public interface HotspotDirectory {
    /**
     * MikroTik: by {@code server-name} (or the NAS-Identifier an operator put there), or by the host of
     * {@code link-login-only} (the hotspot's own address).
     */
    Optional<Hotspot> mikrotik(String serverName, String loginHost);

    /** CoovaChilli: by {@code nasid}, or by {@code called} (the gateway's MAC or SSID). */
    Optional<Hotspot> chilli(String nasid, String called);

    /** openNDS: by {@code gatewayname} from the FAS string. */
    Optional<Hotspot> openNds(String gatewayName);

    /** openNDS authmon: by {@code gatewayhash}, the sha256 of the URL-encoded gateway name. */
    Optional<Hotspot> openNdsByHash(String gatewayHash);
}
