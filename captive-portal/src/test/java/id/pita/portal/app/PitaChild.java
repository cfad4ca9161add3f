package id.pita.portal.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A whole Pita in a process of its own, for tests that kill it: serves the Paser demo (imported into the given
 * SQLite file on first start: a start without a district imports none) on ephemeral loopback ports with the system clock, then prints
 * {@code READY <admin port> <one-time admin password or -> <public port> <RADIUS auth port> <RADIUS accounting
 * port>} and runs until killed. Given a {@code .yaml} file instead of a database, it runs on that config (a node
 * of {@code MultiNodeIT} on PostgreSQL).
 */
public final class PitaChild {
    private PitaChild() {
    }

    public static void main(String[] args) throws Exception {
        var config = args[0].endsWith(".yaml") ? PitaConfig.load(Path.of(args[0])) : PitaConfig.parse("""
                dataFile: %s
                radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}
                web: {host: 127.0.0.1, port: 0}
                district: {demo: paser}
                """.formatted(Path.of(args[0])), "child");
        var pita = Pita.start(config, Clock.systemUTC()).toCompletableFuture().get(120, TimeUnit.SECONDS);
        System.out.println("READY " + pita.adminAddress().getPort() + " " + pita.bootstrapPassword().orElse("-")
                + " " + pita.webAddress().getPort() + " " + pita.authAddress().getPort() + " "
                + pita.accountingAddress().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
