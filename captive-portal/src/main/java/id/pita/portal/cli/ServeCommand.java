package id.pita.portal.cli;

import id.pita.core.InvalidValueException;
import id.pita.core.config.DistrictFileException;
import id.pita.portal.app.Pita;
import id.pita.portal.app.StartBanner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code pita serve}: starts Pita and runs until SIGTERM or SIGINT, then stops it gracefully (bounded: 60 s).
 * A bad config, or a part that cannot start, ends with one clear line on stderr.
 */
@Command(name = "serve", sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ConfigOption config;

    ServeCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var settings = config.load();
        Pita pita;
        try {
            pita = Pita.start(settings).toCompletableFuture().get();
        } catch (ExecutionException e) {
            var cause = e.getCause();
            var message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            context.err().println("pita serve: " + context.pick("tidak dapat mulai: ", "cannot start: ") + message);
            return cause instanceof DistrictFileException || cause instanceof InvalidValueException
                    ? ExitCodes.BAD_INPUT : Refusals.isRefusal(cause) ? ExitCodes.REFUSED : ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILED;
        }
        var err = context.err();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                err.println("pita serve: " + context.pick("berhenti tidak bersih: ", "stop did not finish cleanly: ")
                        + e);
            }
            // Logging is asynchronous: flush what is queued before the JVM goes.
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
                logback.stop();
            }
        }, "pita-shutdown"));
        StartBanner.print(pita, context.out(), context.lang() == id.pita.core.plan.Lang.EN);
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
