package id.pita.portal.app;

import id.pita.core.PitaException;
import id.pita.core.store.Store;
import java.io.PrintStream;
import java.util.Optional;

/**
 * What {@code pita gateway-config ID [--file NAME]} does: prints the configuration to paste on one gateway of the stored
 * district, secrets included, so the output is for the operator's terminal only. Without {@code --file}, every
 * file follows a {@code ==> name <==} line and a comment saying how to apply it; with it, that file's content
 * alone (to redirect into the file). Exit codes: 0 printed, 1 no district in the store, 2 unknown gateway or
 * file, or {@code gateways.pitaAddress} not set.
 */
public final class GatewayConfigText {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private GatewayConfigText() {
    }

    public static int run(Store store, PitaConfig config, String gatewayId, Optional<String> file, boolean english,
                          PrintStream out, PrintStream err) {
        var codes = store.districts().codes();
        if (codes.isEmpty()) {
            err.println("pita gateway-config: " + (english ? "the store holds no district" : "penyimpanan belum berisi "
                    + "kabupaten"));
            return FAILED;
        }
        var district = store.districts().load(codes.get(0)).orElseThrow();
        try {
            var files = GatewayConfigs.of(config).files(district, gatewayId);
            if (file.isPresent()) {
                var f = files.stream().filter(x -> x.name().equals(file.get())).findFirst();
                if (f.isEmpty()) {
                    err.println("pita gateway-config: " + (english ? "no file '" : "tidak ada berkas '") + file.get()
                            + "' (" + String.join(", ", files.stream().map(x -> x.name()).toList()) + ")");
                    return BAD_INPUT;
                }
                out.print(f.get().content());
                return OK;
            }
            for (var f : files) {
                out.println("==> " + f.name() + " <==");
                out.println("# " + (english ? f.howToEn() : f.howToId()));
                out.print(f.content());
                out.println();
            }
            return OK;
        } catch (PitaException | id.pita.portal.console.ConsoleError e) {
            err.println("pita gateway-config: " + e.getMessage());
            return BAD_INPUT;
        }
    }
}
