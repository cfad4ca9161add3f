package id.pita.engine.accounting;

import id.pita.core.config.DistrictFiles;
import id.pita.core.config.DistrictImporter;
import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.core.store.Store;
import id.pita.engine.access.AccessDecision;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.server.RadiusServer;
import id.pita.engine.radius.server.RadiusServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The process {@link GroupCommitRestartIT} kills: a RADIUS server whose accounting goes through a
 * {@link GroupCommitSink} into a store on the SQLite file named by {@code args[0]}. Prints
 * {@code READY <accounting port>} once it listens, then serves until killed.
 */
public final class AccountingChild {
    static final String SECRET = "restart-test-secret";
    /** Paser's Setda office router, as if it sent from loopback: its records roll up into sessions. */
    static final Gateway GATEWAY = new Gateway("psr-gw-setda", "setda", "127.0.0.1", SECRET, Vendor.MIKROTIK, 0,
            MessageAuthenticatorPolicy.REQUIRE, "");

    private AccountingChild() {
    }

    public static void main(String[] args) throws Exception {
        var store = Store.open(Path.of(args[0]));
        if (store.districts().codes().isEmpty()) {
            DistrictImporter.importInto(store, DistrictFiles.demo("paser"));
        }
        var metrics = new EngineMetrics();
        var sink = GroupCommitSink.onStore(store, new GroupCommitConfig(10_000, 200, Duration.ofMillis(2),
                Duration.ofSeconds(5)), metrics);
        var server = new RadiusServer(RadiusServerConfig.loopbackEphemeral(),
                address -> address.isLoopbackAddress() ? Optional.of(GATEWAY) : Optional.empty(),
                request -> new AccessDecision.Reject("test", "Hanya akuntansi.", "Accounting only."), sink, metrics,
                Clock.systemUTC());
        var bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.out.println("READY " + bound.accounting().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
