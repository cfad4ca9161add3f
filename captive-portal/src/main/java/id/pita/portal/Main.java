package id.pita.portal;

import id.pita.core.PitaException;
import id.pita.portal.app.Pita;
import id.pita.portal.app.PitaConfig;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar pita.jar [serve] [--config FILE]}: starts Pita and runs until SIGTERM or SIGINT, then stops
 * it gracefully. {@code java -jar pita.jar plan ...} runs the capacity planner. A bad config or a part that
 * cannot start ends with one clear line on stderr and exit code 2.
 */
public final class Main {
    static final int BAD_USAGE = 2;
    static final String USAGE = "usage: java -jar pita.jar [serve] [--config pita.yaml] | plan ...";

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code, or blocks while serving. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length > 0 && args[0].equals("plan")) {
            return Plan.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        var rest = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
        PitaConfig config;
        try {
            config = config(rest);
        } catch (PitaException e) {
            err.println("pita: " + e.getMessage());
            return BAD_USAGE;
        }
        return serve(config, out, err);
    }

    static PitaConfig config(String[] args) {
        if (args.length == 0) {
            return PitaConfig.defaults();
        }
        if (args.length == 2 && args[0].equals("--config")) {
            return PitaConfig.load(Path.of(args[1]));
        }
        throw new PitaException(USAGE + " (got '" + String.join(" ", args) + "')");
    }

    private static int serve(PitaConfig config, PrintStream out, PrintStream err) {
        Pita pita;
        try {
            pita = Pita.start(config).toCompletableFuture().get();
        } catch (ExecutionException e) {
            var cause = e.getCause();
            err.println("pita: cannot start: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            return BAD_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                err.println("pita: stop did not finish cleanly: " + e);
            }
            // Logging is asynchronous: flush what is queued before the JVM goes.
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
                logback.stop();
            }
        }, "pita-shutdown"));
        printUrls(pita, out);
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The URLs a person needs, and on first start the admin's one-time password. */
    public static void printUrls(Pita pita, PrintStream out) {
        var base = base(pita.webAddress());
        out.println("Pita is running (" + pita.district().current().name() + ")");
        out.println("  Portal warga : " + base + "/  (public URL: " + pita.config().web().publicUrl() + ")");
        out.println("  Konsol       : " + base + "/console");
        out.println("  Status publik: " + base + "/status");
        out.println("  Metrics      : " + base + "/metrics");
        out.println("  RADIUS       : auth " + pita.authAddress() + ", accounting " + pita.accountingAddress());
        if (pita.firstRun()) {
            out.println(Pita.FIRST_RUN);
        }
        pita.bootstrapPassword().ifPresent(p -> out.println("  First console login: admin / " + p
                + "  (shown once: change it after logging in)"));
        out.flush();
    }

    private static String base(InetSocketAddress a) {
        var host = a.getHostString();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            host = "localhost";
        }
        return "http://" + host + ":" + a.getPort();
    }
}
