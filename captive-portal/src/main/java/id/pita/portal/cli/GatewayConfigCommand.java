package id.pita.portal.cli;

import id.pita.core.store.Store;
import id.pita.portal.app.GatewayConfigText;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pita gateway-config ID [--file NAME]}: the configuration to paste on one gateway, secrets included
 * (MikroTik RouterOS script and login.html, CoovaChilli config, openNDS config). Reads the installation's store
 * only, so it works while Pita runs. Exit codes: 0, 1 (no district), 2 (unknown gateway or file, or
 * {@code gateways.pitaAddress} unset).
 */
@Command(name = "gateway-config", sortOptions = false)
final class GatewayConfigCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ID", descriptionKey = "gateway-config.id")
    String gatewayId;

    @Option(names = {"-f", "--file"}, paramLabel = "NAME", descriptionKey = "gateway-config.file")
    String file;

    GatewayConfigCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var settings = config.load();
        if (!settings.storeExists()) {
            throw new Failures.BadInput(context.pick("tidak ada basis data di ", "no database at ")
                    + settings.dataFile());
        }
        try (var store = settings.openStore()) {
            return GatewayConfigText.run(store, settings, gatewayId, Optional.ofNullable(file),
                    context.lang() == id.pita.core.plan.Lang.EN, context.out(), context.err());
        }
    }
}
