package id.pita.portal.app;

import id.pita.core.district.District;
import id.pita.core.setup.ConfigFile;
import id.pita.core.setup.GatewaySetup;
import id.pita.core.setup.SetupContext;
import id.pita.portal.console.ConsoleError;
import java.net.URI;
import java.util.List;

/**
 * The generated configuration of one gateway ({@link GatewaySetup}), from where this Pita is reached: the
 * {@code gateways.*} keys, the portal's public URL and the RADIUS ports (the bound ones when the config says 0).
 * Used by the console's set-up page and {@code pita gateway-config}. Thread-safe.
 */
public final class GatewayConfigs {
    private final PitaConfig config;
    private final int authPort;
    private final int accountingPort;

    public GatewayConfigs(PitaConfig config, int authPort, int accountingPort) {
        this.config = config;
        this.authPort = authPort;
        this.accountingPort = accountingPort;
    }

    /** With the configured RADIUS ports (what an installed Pita listens on). */
    public static GatewayConfigs of(PitaConfig config) {
        return new GatewayConfigs(config, config.radius().authPort(), config.radius().accountingPort());
    }

    /**
     * @throws ConsoleError 409 when no address for the gateways is configured
     * @throws id.pita.core.InvalidValueException for an unknown or generic gateway
     */
    public List<ConfigFile> files(District d, String gatewayId) {
        var address = config.gateways().pitaAddress().orElseThrow(() -> new ConsoleError(409, "no-address",
                "set gateways.pitaAddress in pita.yaml: the IPv4 address the gateways reach Pita at / "
                        + "isi gateways.pitaAddress di pita.yaml: alamat IPv4 Pita yang dijangkau gateway"));
        var context = new SetupContext(address, authPort, accountingPort, URI.create(config.web().publicUrl()),
                config.gateways().coaPort(), d.citizenPlan().interimInterval());
        return GatewaySetup.files(d, gatewayId, context, config.gateways().openNdsInterface());
    }
}
