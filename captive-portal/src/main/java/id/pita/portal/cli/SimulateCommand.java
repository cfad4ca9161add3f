package id.pita.portal.cli;

import id.pita.core.config.DistrictFiles;
import id.pita.core.plan.Lang;
import id.pita.core.district.Bandwidth;
import id.pita.portal.simulator.SimulationRun;
import id.pita.portal.simulator.SimulationWatch;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pita simulate}: Pita and a simulated district (offices, hotspots, citizens: real RADIUS and portal
 * traffic over loopback) on one fast clock, from 06:00 local on {@code --start} (default: this week's Monday).
 */
@Command(name = "simulate", sortOptions = false)
final class SimulateCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--speed", paramLabel = "N", descriptionKey = "simulate.speed")
    double speed = 144;

    @Option(names = "--duration", paramLabel = "DURATION", descriptionKey = "simulate.duration",
            converter = Converters.DurationConverter.class)
    Duration duration = Duration.ofHours(24);

    @Option(names = "--offices", paramLabel = "N", descriptionKey = "simulate.offices")
    int offices = 8;

    @Option(names = "--hotspots", paramLabel = "N", descriptionKey = "simulate.hotspots")
    int hotspots = 4;

    @Option(names = "--citizens", paramLabel = "N", descriptionKey = "simulate.citizens")
    int citizens = 15;

    @Option(names = "--pool", paramLabel = "RATE", descriptionKey = "simulate.pool",
            converter = Converters.RateConverter.class)
    long pool = 200_000_000L;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", descriptionKey = "simulate.start")
    LocalDate start;

    @Option(names = "--web-port", paramLabel = "PORT", descriptionKey = "simulate.webPort")
    int webPort = 8080;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "simulate.data")
    Path data = Path.of("data/simulate/pita.db");

    @Option(names = "--demo", paramLabel = "DEMO", descriptionKey = "simulate.demo")
    String demo = "paser";

    SimulateCommand(Context context) {
        this.context = context;
    }

    /** The run these options describe; a value out of range is an {@link id.pita.core.InvalidValueException}. */
    SimulationRun.Options options() {
        if (!DistrictFiles.demoNames().contains(demo)) {
            throw new Failures.BadInput("--demo: " + context.pick("tidak ada demo '", "no demo '") + demo + "' ("
                    + String.join(", ", DistrictFiles.demoNames()) + ")");
        }
        var zone = DistrictFiles.demo(demo).zone();
        var day = start != null ? start
                : LocalDate.now(context.clock().withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var from = day.atTime(LocalTime.of(6, 0)).atZone(zone).toInstant();
        return new SimulationRun.Options(demo, offices, hotspots, citizens,
                Optional.of(new Bandwidth(pool, pool / 2)), speed, from, from.plus(duration), Duration.ofSeconds(30),
                data, webPort, Duration.ofMillis(50), 42);
    }

    @Override
    public Integer call() throws Exception {
        SimulationWatch.run(options(), context.out(), context.lang() == Lang.EN);
        return ExitCodes.OK;
    }
}
