package id.pita.core.setup;

import id.pita.core.InvalidValueException;
import id.pita.core.district.District;
import id.pita.core.district.Vendor;
import java.util.List;

/** The files to paste on one gateway, by its vendor. */
public final class GatewaySetup {
    private GatewaySetup() {
    }

    /**
     * @param gatewayInterface openNDS's gateway interface (ignored for other vendors); null for the default
     * @throws InvalidValueException if the district has no such gateway, or it is a generic one
     */
    public static List<ConfigFile> files(District d, String gatewayId, SetupContext c, String gatewayInterface) {
        var g = d.gateway(gatewayId).orElseThrow(() -> new InvalidValueException("gateway",
                "no gateway '" + gatewayId + "' in district " + d.code()));
        return switch (g.vendor()) {
            case MIKROTIK -> MikrotikSetup.files(d, g, c);
            case COOVACHILLI -> List.of(ChilliSetup.file(d, g, c));
            case OPENNDS -> OpenNdsSetup.files(d, g, c, gatewayInterface == null || gatewayInterface.isBlank()
                    ? OpenNdsSetup.DEFAULT_INTERFACE : gatewayInterface);
            default -> throw new InvalidValueException("gateway", "gateway '" + gatewayId + "' is "
                    + Vendor.GENERIC + ": Pita knows no configuration to generate for it");
        };
    }
}
