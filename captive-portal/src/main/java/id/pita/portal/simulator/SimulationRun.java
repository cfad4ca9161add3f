package id.pita.portal.simulator;

import id.pita.core.Check;
import id.pita.core.config.DemoSecrets;
import id.pita.core.config.DistrictFiles;
import id.pita.core.config.DistrictImporter;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.store.Store;
import id.pita.portal.app.Pita;
import id.pita.portal.app.PitaConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Pita and a simulated district on one machine, on one fast clock: the district is made from a demo
 * ({@link SimulatedDistrict}), imported into a fresh store, Pita is started on it with {@code clock.speed},
 * and the gateway simulator runs on Pita's own clock, so both see the same simulated time. Used by
 * {@code pita simulate} and the end-to-end test. {@link #close()} stops the simulator, then Pita.
 */
public final class SimulationRun implements AutoCloseable {
    private final District district;
    private final Pita pita;
    private final GatewaySimulator simulator;

    /**
     * @param dataFile SQLite file for this run; replaced if it exists (a run always starts clean)
     * @param start    simulated instant the fast clock starts at
     * @param until    simulated instant after which the gateways end their sessions and go quiet
     * @param webPort  where the portal listens on 127.0.0.1, the console on the next port (0 = any free ports)
     */
    public record Options(String demo, int offices, int hotspots, int citizensPerHotspot, Optional<Bandwidth> pool,
                          double speed, Instant start, Instant until, Duration controlPeriod, Path dataFile,
                          int webPort, Duration tick, long seed) {
        public Options {
            Check.notBlank("demo", demo);
            Check.that(speed >= 1 && speed <= 10_000, "speed", "must be 1..10000 (was " + speed + ")");
            Check.that(until.isAfter(start), "until", "must be after start");
            Check.notNull("controlPeriod", controlPeriod);
            Check.notNull("dataFile", dataFile);
            Check.inRange("webPort", webPort, 0, 65535);
        }
    }

    private SimulationRun(District district, Pita pita, GatewaySimulator simulator) {
        this.district = district;
        this.pita = pita;
        this.simulator = simulator;
    }

    /**
     * Imports the trimmed demo with secrets generated for this run (the demo file's are public), starts Pita
     * on it, and plays its gateways with the secrets read back from Pita's store, as a real router is given them.
     */
    public static SimulationRun start(Options o) throws Exception {
        return start(o, "", d -> d);
    }

    /**
     * As {@link #start(Options)}, with more of Pita's config ({@code extraYaml}, top-level keys) and a change to the
     * trimmed district before it is imported (a test's always-on site).
     */
    public static SimulationRun start(Options o, String extraYaml, java.util.function.UnaryOperator<District> change)
            throws Exception {
        var demo = change.apply(SimulatedDistrict.from(DistrictFiles.demo(o.demo()), o.offices(), o.hotspots(),
                o.pool()));
        freshStore(o.dataFile(), DemoSecrets.fresh(demo, new SecureRandom()));
        var pita = Pita.start(PitaConfig.parse(configYaml(o) + extraYaml, "simulation")).toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        try {
            var district = pita.store().districts().load(demo.code()).orElseThrow();
            var web = pita.webAddress();
            var config = SimulatorConfig.of(pita.authAddress(), pita.accountingAddress(),
                    "http://127.0.0.1:" + web.getPort()).withCitizensPerHotspot(o.citizensPerHotspot())
                    .withUntil(o.until()).withTick(o.tick());
            var simulator = new GatewaySimulator(district, config, pita.clock());
            simulator.start();
            return new SimulationRun(district, pita, simulator);
        } catch (RuntimeException e) {
            pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** Pita's config: loopback only, ephemeral RADIUS ports, the run's clock and control period. */
    static String configYaml(Options o) {
        return "dataFile: \"" + o.dataFile().toAbsolutePath() + "\"\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: " + o.webPort() + ", publicUrl: \"http://127.0.0.1:"
                + (o.webPort() == 0 ? 8080 : o.webPort()) + "/\",\n"
                + "      admin: {host: 127.0.0.1, port: " + (o.webPort() == 0 ? 0 : o.webPort() + 1) + "}}\n"
                + "control: {period: " + o.controlPeriod().toSeconds() + "s}\n"
                + "clock: {speed: " + o.speed() + ", start: \"" + o.start() + "\"}\n";
    }

    private static void freshStore(Path dataFile, District district) {
        try {
            var dir = dataFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            for (var suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(dataFile.toAbsolutePath() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dataFile, e);
        }
        try (var store = Store.open(dataFile)) {
            DistrictImporter.importInto(store, district);
        }
    }

    public District district() {
        return district;
    }

    public Pita pita() {
        return pita;
    }

    public GatewaySimulator simulator() {
        return simulator;
    }

    public Clock clock() {
        return pita.clock();
    }

    @Override
    public void close() throws Exception {
        simulator.close();
        pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
