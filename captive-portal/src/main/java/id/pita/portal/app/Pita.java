package id.pita.portal.app;

import id.pita.core.allocation.Allocator;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.NationalCalendar;
import id.pita.core.config.DemoSecrets;
import id.pita.core.config.DistrictFiles;
import id.pita.core.config.DistrictImporter;
import id.pita.core.credential.CredentialStore;
import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.node.Leadership;
import id.pita.core.node.NodeHeartbeat;
import id.pita.core.store.CredentialRepository;
import id.pita.core.store.NodeRepository;
import id.pita.portal.citizen.CitizenPortal;
import id.pita.core.district.District;
import id.pita.core.store.BackupSchedule;
import id.pita.core.store.Store;
import id.pita.core.store.StoreLock;
import id.pita.core.time.ScaledClock;
import id.pita.engine.accounting.GroupCommitConfig;
import id.pita.engine.accounting.GroupCommitSink;
import id.pita.engine.accounting.StaleSessions;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.control.PushLedger;
import id.pita.engine.coa.CoaClient;
import id.pita.engine.coa.CoaClientConfig;
import id.pita.engine.coa.PushScheduler;
import id.pita.engine.access.PolicyAccessHandler;
import id.pita.engine.access.RegimeSource;
import id.pita.engine.control.ControlConfig;
import id.pita.engine.control.ControlLoop;
import id.pita.engine.control.PeerConfig;
import id.pita.engine.control.ControlPorts;
import id.pita.engine.control.LivePlan;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.server.RadiusServer;
import id.pita.engine.radius.server.RadiusServerConfig;
import id.pita.engine.uplink.SnmpUplinkPoller;
import id.pita.engine.uplink.UplinkMonitor;
import id.pita.core.uplink.UplinkEstimator;
import io.netty.util.HashedWheelTimer;
import io.vertx.ext.web.Router;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Pita: the store, the quota engine (RADIUS server with group commit, control loop, CoA
 * client) and the web listeners (public: citizen portal, status; admin: console, REST API, metrics), over one
 * live district.
 * {@link #start} opens and wires everything; {@link #stop} stops it gracefully in bounded time, in the
 * reverse order: web, RADIUS (drained), control loop and CoA, accounting (drained), store. Thread-safe.
 */
public final class Pita {
    private static final Logger LOG = LoggerFactory.getLogger(Pita.class);
    /** How long a one-time portal credential waits for the gateway's Access-Request, in simulated time. */
    private static final Duration CREDENTIAL_TTL = Duration.ofMinutes(10);
    /** Most unused one-time credentials live in the whole district (each hotspot also has its own bound). */
    static final int CREDENTIAL_CAPACITY = 100_000;
    /** How often stale sessions are looked for and gateways' activity saved, in Pita's time. */
    private static final Duration STALE_SWEEP = Duration.ofMinutes(1);
    /** Periodic housekeeping runs at most this often in real time, however fast the clock. */
    static final Duration MIN_REAL_PERIOD = Duration.ofSeconds(1);
    /** How often retention and the personal-data purge run, in Pita's time. */
    static final Duration PURGE_PERIOD = Duration.ofHours(1);

    private final PitaConfig config;
    private final Clock baseClock;
    private volatile Clock clock;
    private final Lifecycle lifecycle = new Lifecycle();
    private final SecureRandom random = new SecureRandom();
    private final EngineMetrics metrics = new EngineMetrics();
    private final LivePlan livePlan = new LivePlan();
    private volatile UplinkMonitor uplink;
    private java.util.function.Supplier<id.pita.core.uplink.UplinkState> planUplink;
    private Store store;
    private DistrictHolder district;
    private RadiusServer.Bound radiusBound;
    private InetSocketAddress webBound;
    private InetSocketAddress adminBound;
    private Router adminRouter;
    private InetSocketAddress coaBound;
    private GatewayMonitor gatewayMonitor;
    private Optional<String> bootstrapPassword = Optional.empty();
    private CompletableFuture<Void> stopping;
    private volatile boolean firstRun;
    private volatile CitizenPortal portal;
    private volatile CredentialStore credentials;
    private volatile Leadership leadership = Leadership.always();
    private volatile NodeHeartbeat heartbeat;
    private volatile Optional<Long> districtRevision = Optional.empty();
    private volatile BackupSchedule backups;

    private final Schedule schedule;
    private Optional<InetSocketAddress> publicRedirect = Optional.empty();
    private Optional<InetSocketAddress> adminRedirect = Optional.empty();
    private java.util.function.Supplier<CompletionStage<Integer>> reloadCertificates;

    private Pita(PitaConfig config, Clock baseClock, Schedule schedule) {
        this.config = config;
        this.baseClock = baseClock;
        this.clock = baseClock;
        this.schedule = schedule;
    }

    /** Starts with the system clock (sped up if the config says so). */
    public static CompletionStage<Pita> start(PitaConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Opens the store (importing the district file if it holds no district; see {@link #loadOrImport}), wires and
     * starts every part. Blocking work runs on a thread of its own; the stage fails, with everything already
     * started stopped again, if any part cannot start (a port in use, a broken district file).
     *
     * @param baseClock real time; with {@code clock.speed > 1} or a {@code clock.start} Pita runs on a
     *                  {@link ScaledClock} over it
     */
    public static CompletionStage<Pita> start(PitaConfig config, Clock baseClock) {
        return start(config, baseClock, null);
    }

    /** As {@link #start(PitaConfig, Clock)}; {@code schedule} runs the periodic certificate checks (null: Vert.x). */
    static CompletionStage<Pita> start(PitaConfig config, Clock baseClock, Schedule schedule) {
        var pita = new Pita(config, baseClock, schedule);
        var result = new CompletableFuture<Pita>();
        var starter = new Thread(() -> {
            try {
                pita.startAll();
                result.complete(pita);
            } catch (Exception e) {
                var cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                        ? e.getCause() : e;
                LOG.warn("Pita did not start: {}", cause.toString());
                pita.lifecycle.stopAll();
                result.completeExceptionally(cause);
            }
        }, "pita-start");
        starter.start();
        return result;
    }

    static Clock clockFor(PitaConfig config, Clock base) {
        if (config.clockSpeed() == 1.0 && config.clockStart().isEmpty()) {
            return base;
        }
        return new ScaledClock(base, config.clockStart().orElse(base.instant()), config.clockSpeed());
    }

    private void startAll() throws Exception {
        if (!config.store().postgres()) {
            // Held while Pita runs: pita restore and pita import refuse meanwhile (released by the OS if we die).
            // A PostgreSQL store is shared by several nodes on purpose: no file lock.
            var lock = StoreLock.acquire(config.dataFile());
            lifecycle.started("store lock", lock, lock::close);
        }
        store = lifecycle.started("store", Store.open(config.storeTarget(), baseClock), () -> store.close());
        district = new DistrictHolder(loadOrImport(store, config, random), nationalHolidays(store));
        firstRun = store.districts().codes().isEmpty();
        // A fast clock starts once the slow part of starting (store, district import) is done, so that the
        // first round runs close to the configured simulated start.
        clock = clockFor(config, baseClock);
        var regimes = RegimeSource.of(district::calendar);
        var storePorts = new StoreEnginePorts(store);
        credentials = credentialStore();
        // Taken (if free) before the control loop starts, so that a leader's first round runs at once; given up
        // after the loop has stopped (the lifecycle stops in reverse order).
        // Refreshed with the heartbeat, every half control period of Pita's clock: this many real nanoseconds.
        leadership = Leadership.forStore(store, Duration.ofNanos((long) (config.controlPeriod().dividedBy(2)
                .toNanos() / config.clockSpeed())));
        leadership.refresh();
        lifecycle.started("leadership", leadership, this::giveUpLeadership);
        var a = config.accounting();
        var sink = GroupCommitSink.onStore(store, new GroupCommitConfig(a.queueCapacity(), a.maxBatch(),
                a.maxDelay(), Duration.ofSeconds(10)), metrics);
        lifecycle.started("accounting sink", sink, sink::close);
        gatewayMonitor = new GatewayMonitor(clock, store.gatewayActivity().all(),
                () -> district.current().citizenPlan().interimInterval());
        gatewayMonitor.register(metrics);
        // Registered before the RADIUS server, so stopped after it: the last activity is flushed.
        lifecycle.started("gateway activity", gatewayMonitor, this::saveGatewayActivity);
        var loop = startControl(regimes, storePorts);
        var access = new PolicyAccessHandler(clock, district::current, regimes, credentials, livePlan, storePorts);
        var r = config.radius();
        var radius = new RadiusServer(new RadiusServerConfig(r.bindAddress(), r.authPort(), r.accountingPort(),
                r.workerThreads(),
                10_000, Duration.ofSeconds(30), 65_536, Duration.ofSeconds(5)), new LiveGateways(district), access,
                sink, metrics, clock, gatewayMonitor,
                new id.pita.engine.radius.server.GatewayRateLimit.Limits(r.gatewayRate(), r.gatewayBurst()));
        radiusBound = radius.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        lifecycle.started("RADIUS server", radius, radius::close);
        var web = new WebWiring(config, clock, random, store, district, regimes, storePorts, livePlan, credentials,
                gatewayMonitor, metrics, () -> sink.queued(), sink::health, loop::pushesInFlight, schedule)
                .radiusPorts(radiusBound.auth().getPort(), radiusBound.accounting().getPort())
                .backupStatus(() -> backups().map(BackupSchedule::status)).coaPeers(loop::coaPeers).uplink(uplink)
                .leading(() -> leadership.leading()).start(lifecycle);
        webBound = web.publicAddress();
        adminBound = web.adminAddress();
        adminRouter = web.adminRouter();
        publicRedirect = web.publicRedirect();
        adminRedirect = web.adminRedirect();
        reloadCertificates = web.reloadCertificates();
        bootstrapPassword = web.bootstrapPassword();
        portal = web.portal();
        startHeartbeat();
        LOG.info("Pita started: district {}, RADIUS auth {} acct {}, web public {} admin {}, clock {}",
                district.current().code(), radiusBound.auth(), radiusBound.accounting(), webBound, adminBound, clock);
    }

    private ControlLoop startControl(RegimeSource regimes, StoreEnginePorts storePorts) throws Exception {
        var timer = new HashedWheelTimer(r -> {
            var t = new Thread(r, "coa-timer");
            t.setDaemon(true);
            return t;
        });
        lifecycle.started("CoA timer", timer, timer::stop);
        // The ledger outlives the CoA client, which ends its pending pushes as ERROR on close.
        var ledger = new StorePushLedger(store, metrics);
        lifecycle.started("push ledger", ledger, ledger::close);
        var c = config.coa();
        // The CoA socket binds the RADIUS address, so that a router whose CoA port only trusts Pita's
        // RADIUS address sees that source, and loopback-only Pita sends nothing from 0.0.0.0.
        var coa = new CoaClient(CoaClientConfig.defaults().withRetries(c.attempts(), c.timeout(), c.maxTimeout())
                .withBindAddress(new InetSocketAddress(config.radius().bindAddress(), 0)), timer, Clock.systemUTC());
        coaBound = coa.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        lifecycle.started("CoA client", coa, coa::close);
        // Real time for pacing a router: a fast clock must not make Pita flood one.
        var scheduler = new PushScheduler(coa, timer, Clock.systemUTC(), c.pushesPerSecond());
        lifecycle.started("push scheduler", scheduler, scheduler::close);
        // Every acknowledged push is also the gateway's "last CoA acknowledged".
        PushLedger acknowledging = (push, result) -> {
            ledger.record(push, result);
            if (result.acked()) {
                gatewayMonitor.coaAcknowledged(push.gatewayId(), result.at());
            }
        };
        var pusher = new CoaPushing(scheduler, store, district, new PushReplies(regimes, storePorts, clock),
                ledger, clock);
        var executor = new FastScheduler("control-loop", config.clockSpeed());
        lifecycle.started("control executor", executor, () -> {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        });
        startUplink();
        var loop = new ControlLoop(new ControlConfig(config.controlPeriod(), config.hysteresis(), c.pushesPerSecond(),
                Duration.ofMinutes(2), config.minDwell()), new PeerConfig(c.unreachableAfter(), c.probeFirst(),
                c.probeMax(), c.maxHeld()), clock, executor, district::current, regimes,
                new ControlPorts(storePorts, storePorts, livePlan, pusher, acknowledging, planUplink), Allocator::allocate,
                metrics).ledBy(() -> leadership.leading());
        loop.start();
        lifecycle.started("control loop", loop, loop::stop);
        var stale = new StaleSessions(store, clock, () -> district.current().citizenPlan().interimInterval(),
                metrics);
        every(executor, STALE_SWEEP, () -> {
            leaderOnly(stale::sweep).run();
            saveGatewayActivity();
        });
        every(executor, Duration.ofMinutes(1), this::reloadHolidays);
        startHousekeeping();
        return loop;
    }

    /**
     * The uplink monitor every round plans on, and with {@code uplink.snmp} its poller: readings stamped with Pita's
     * clock, polled every {@code period} of real time (a fast clock must not make Pita flood the router).
     */
    private void startUplink() throws Exception {
        var u = config.uplink();
        var main = monitor(u.main(), "uplink SNMP poller", () -> district.current().pool().capacity())
                .offeredBy(livePlan::offeredToMainLink); // saturation: what the plan offers against what it carries
        if (u.backup().isEmpty()) {
            uplink = main;
            planUplink = main;
            return;
        }
        var backup = monitor(u.backup(), "backup link SNMP poller", () -> district.current().pool().backup());
        uplink = main;
        planUplink = UplinkMonitor.withBackup(main, backup);
    }

    private UplinkMonitor monitor(Optional<id.pita.engine.uplink.SnmpSettings> snmp, String name,
                                  java.util.function.Supplier<id.pita.core.district.Bandwidth> contracted)
            throws Exception {
        if (snmp.isEmpty()) {
            return UplinkMonitor.notMeasured(contracted, clock);
        }
        var monitor = UplinkMonitor.measuring(contracted, clock, snmp.get().staleAfter(),
                UplinkEstimator.Config.DEFAULT);
        var poller = new SnmpUplinkPoller(snmp.get(), monitor, clock, metrics);
        lifecycle.started(name, poller, poller::close);
        poller.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return monitor;
    }

    /** Picks up a year that {@code pita holidays import} replaced in the store while Pita runs. */
    private void reloadHolidays() {
        var stored = store.holidays().national();
        if (!stored.years().equals(district.national().years())) {
            district.setNational(stored);
        }
    }

    /**
     * Runs {@code task} every {@code period} of Pita's clock (sped up with it), but at most once a real second:
     * on a very fast clock (a simulated year) a one-minute sweep would otherwise run back to back. Never stops on
     * a failure.
     */
    private void every(java.util.concurrent.ScheduledExecutorService executor, Duration period, Runnable task) {
        long realNanos = Math.max(MIN_REAL_PERIOD.toNanos(), (long) (period.toNanos() / config.clockSpeed()));
        // FastScheduler divides by the speed itself; a plain executor takes the real delay as it is.
        long delay = executor instanceof FastScheduler ? (long) (realNanos * config.clockSpeed()) : realNanos;
        executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Periodic task failed; next try in {}: {}", period, e.toString());
            }
            if (!executor.isShutdown()) {
                every(executor, period, task);
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    /** Writes gateways' changed activity to the store (every sweep, and once more on stop). */
    private void saveGatewayActivity() {
        var changed = gatewayMonitor.takeChanged();
        if (!changed.isEmpty()) {
            store.gatewayActivity().saveAll(changed);
        }
    }

    /**
     * The daily backup and the purges (retention, personal data), each on a thread of its own so that none delays the
     * loop; the purges every {@link #PURGE_PERIOD} of Pita's clock, so that a fast clock purges on its own time.
     */
    private void startHousekeeping() {
        var housekeeping = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "pita-housekeeping");
            t.setDaemon(true);
            return t;
        });
        lifecycle.started("housekeeping", housekeeping, () -> {
            housekeeping.shutdownNow();
            housekeeping.awaitTermination(30, TimeUnit.SECONDS);
        });
        var b = config.backup();
        if (config.store().postgres() && b.at().isPresent()) {
            // VACUUM INTO copies a SQLite file; a PostgreSQL database is backed up by the server's own tools.
            LOG.info("Daily backup off: the store is PostgreSQL ({}); back it up with pg_dump or the server's "
                    + "continuous archiving", config.store().url());
        }
        b.at().filter(at -> !config.store().postgres()).ifPresent(at -> {
            backups = new BackupSchedule(config.dataFile(), b.dir(), at, b.keep(), district.current().zone(), clock);
            LOG.info("Daily backup at {} {} to {} (keeping {}); next {}", at, district.current().zone(), b.dir(),
                    b.keep(), backups.next());
            // A thread of its own: a backup (VACUUM INTO, seconds on a large file or a loaded machine) must not hold
            // up the hourly purges behind it (on a fast clock it held retention days past its period).
            var backupThread = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "pita-backup");
                t.setDaemon(true);
                return t;
            });
            lifecycle.started("backup", backupThread, () -> {
                backupThread.shutdownNow();
                backupThread.awaitTermination(30, TimeUnit.SECONDS);
            });
            backupThread.scheduleWithFixedDelay(() -> {
                try {
                    if (leadership.leading()) {
                        backups.runIfDue();
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Daily backup check failed: {}", e.toString());
                }
            }, 30, 30, TimeUnit.SECONDS);
        });
        housekeeping.execute(leaderOnly(this::purgePersonalData));
        housekeeping.schedule(leaderOnly(this::applyRetention), 1, TimeUnit.MINUTES);
        every(housekeeping, PURGE_PERIOD, leaderOnly(() -> {
            purgePersonalData();
            applyRetention();
        }));
        housekeeping.scheduleWithFixedDelay(leaderOnly(this::deleteExpiredLoginState), 5, 10, TimeUnit.MINUTES);
    }

    /**
     * One-time credentials: in the store when it is shared by several nodes (a citizen accepts on one node's
     * portal, the gateway asks another); in memory on the embedded SQLite file, which one process holds, so that
     * no log-in costs two synchronous writes there.
     */
    private CredentialStore credentialStore() {
        var ttl = CREDENTIAL_TTL.multipliedBy((long) Math.ceil(config.clockSpeed()));
        if (store.embedded()) {
            return new SingleNodeCredentialStore(random, ttl, CREDENTIAL_CAPACITY, config.web().credentialsPerHotspot());
        }
        return store.credentials(random, ttl, config.web().credentialsPerHotspot());
    }

    /** {@code task}, run only while this node leads: the periodic writers run on one node. */
    private Runnable leaderOnly(Runnable task) {
        return () -> {
            if (leadership.leading()) {
                task.run();
            }
        };
    }

    /** Expired credentials and console log-in failures nobody can be delayed by any more. */
    private void deleteExpiredLoginState() {
        try {
            if (credentials instanceof CredentialRepository shared) {
                shared.deleteExpired(clock.instant());
            }
            store.consoleLogins().forgetFailuresBefore(Clock.systemUTC().instant().minus(Duration.ofMinutes(30)));
        } catch (RuntimeException e) {
            LOG.warn("Expired log-in state not deleted; next try in 10 minutes: {}", e.toString());
        }
    }

    /**
     * Writes this node's row every half control period (Pita's time) and refreshes the leadership with it, so
     * that when the leader dies another node leads within a period and plans within the next.
     */
    private void startHeartbeat() {
        var self = new NodeRepository.Node(nodeHost() + ":" + radiusBound.auth().getPort(), nodeHost(),
                radiusBound.auth().getPort(), radiusBound.accounting().getPort(), webBound.getPort(),
                adminBound.getPort(), clock.instant(), clock.instant(), leadership.leading());
        heartbeat = new NodeHeartbeat(store.nodes(), leadership, self, clock);
        var beats = new FastScheduler("pita-node", config.clockSpeed());
        lifecycle.started("node heartbeat", beats, () -> {
            beats.shutdownNow();
            beats.awaitTermination(5, TimeUnit.SECONDS);
        });
        heartbeat.beat();
        districtRevision = store.districts().revision(district.current().code());
        every(beats, config.controlPeriod().dividedBy(2), () -> {
            heartbeat.beat();
            followDistrict();
        });
    }

    /**
     * Makes live a district another node saved (an edit on its console): one small read of the revision per
     * beat, and a full load only when it changed.
     */
    private void followDistrict() {
        var code = district.current().code();
        var revision = store.districts().revision(code);
        if (revision.isEmpty() || revision.equals(districtRevision)) {
            return;
        }
        districtRevision = revision;
        store.districts().load(code).filter(d -> !d.equals(district.current())).ifPresent(d -> {
            LOG.info("District {} was changed on another node; making it live here", code);
            district.set(d);
        });
    }

    private String nodeHost() {
        var bind = config.radius().bindAddress();
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return bind;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    /** Gives the leadership up once the control loop has stopped, and clears this node's leader mark. */
    private void giveUpLeadership() {
        if (heartbeat != null) {
            heartbeat.close();
        } else {
            leadership.close();
        }
    }

    /** Removes session, accounting and push rows older than {@code retention.records} (their usage stays). */
    void applyRetention() {
        try {
            store.retention().purgeUntilCaughtUp(() -> clock.instant().minus(config.recordRetention()));
        } catch (RuntimeException e) {
            LOG.warn("Retention purge failed; next try in an hour: {}", e.toString());
        }
    }

    /** Blanks MAC and IP addresses of sessions ended before the retention period (UU 27/2022). */
    private void purgePersonalData() {
        try {
            int n = store.sessions().purgePersonalData(clock.instant().minus(config.personalDataRetention()));
            if (n > 0) {
                LOG.info("Blanked personal data in {} rows older than {} days", n,
                        config.personalDataRetention().toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("Personal data purge failed; next try in an hour: {}", e.toString());
        }
    }

    /** The store's national holiday lists, after adding the years shipped with this Pita that it lacks. */
    static NationalCalendar nationalHolidays(Store store) {
        var written = store.holidays().seed(IndonesianCalendars.shipped());
        if (!written.isEmpty()) {
            LOG.info("National holiday lists seeded from the shipped files: {}", written);
        }
        return store.holidays().national();
    }

    /**
     * The one place that decides what a start serves: the store's district, or else the configured
     * {@code district.file}, imported now; or else, only when the config asks for one ({@code district.demo},
     * as the demo path does), an embedded demo imported with secrets generated here; or else nothing yet: the
     * empty first-run district, not saved, and {@link #FIRST_RUN} says what to do. Never the demo by default:
     * its secrets are published in the repository.
     */
    static District loadOrImport(Store store, PitaConfig config, SecureRandom random) {
        var codes = store.districts().codes();
        if (!codes.isEmpty()) {
            if (codes.size() > 1) {
                LOG.warn("The store holds districts {}; serving {}", codes, codes.get(0));
            }
            config.districtFile().ifPresent(f -> LOG.info("district.file {} not imported: the store already holds "
                    + "district {} (the store is the source of truth; edit it in the console)", f, codes.get(0)));
            return store.districts().load(codes.get(0)).orElseThrow();
        }
        if (config.districtFile().isPresent()) {
            return DistrictImporter.importFile(store, config.districtFile().get());
        }
        if (!config.demoDistrict().isEmpty()) {
            var demo = DemoSecrets.fresh(DistrictFiles.demo(config.demoDistrict()), random);
            DistrictImporter.importInto(store, demo);
            LOG.info("Loaded the demo district '{}' with gateway secrets generated for this installation",
                    config.demoDistrict());
            return demo;
        }
        LOG.warn(FIRST_RUN.replace('\n', ' '));
        return DistrictFiles.firstRun();
    }

    /** Printed and logged on a start with no district at all (Bahasa Indonesia, then English). */
    public static final String FIRST_RUN = "Belum ada kabupaten: Pita berjalan tanpa situs dan gateway. Isi "
            + "district.file di berkas konfigurasi (contoh: paser.yaml) lalu jalankan ulang, atau susun kabupaten di "
            + "konsol.\nNo district yet: Pita runs with no sites and no gateways. Set district.file in the config "
            + "(paser.yaml is a model) and restart, or build the district in the console.";

    /** True when this start found no district anywhere and serves the empty first-run one. */
    public boolean firstRun() {
        return firstRun;
    }

    /** Stops everything in order; bounded (about 30 s at worst). Later calls return the same stage. */
    public synchronized CompletionStage<Void> stop() {
        if (stopping == null) {
            stopping = new CompletableFuture<>();
            var stopper = new Thread(() -> {
                LOG.info("Pita stopping");
                lifecycle.stopAll();
                LOG.info("Pita stopped");
                stopping.complete(null);
            }, "pita-stop");
            stopper.start();
        }
        return stopping;
    }

    public InetSocketAddress authAddress() {
        return radiusBound.auth();
    }

    public InetSocketAddress accountingAddress() {
        return radiusBound.accounting();
    }

    /** Where the CoA client's socket is bound. */
    public InetSocketAddress coaAddress() {
        return coaBound;
    }

    /** The public listener (portal, handshakes, RFC 8908 API, status page). */
    public InetSocketAddress webAddress() {
        return webBound;
    }

    /** The admin listener (console, {@code /api/v1}, {@code /metrics}). */
    public InetSocketAddress adminAddress() {
        return adminBound;
    }

    /** The public listener's plain-HTTP redirect to HTTPS, if configured ({@code web.public.httpRedirectPort}). */
    public Optional<InetSocketAddress> publicRedirectAddress() {
        return publicRedirect;
    }

    /** The admin listener's plain-HTTP redirect to HTTPS, if configured ({@code web.admin.httpRedirectPort}). */
    public Optional<InetSocketAddress> adminRedirectAddress() {
        return adminRedirect;
    }

    /**
     * Reads the TLS certificate and key files now (as the {@code web.tlsCheck} schedule does) and serves any that
     * changed; completes with how many listeners took a new certificate.
     */
    public CompletionStage<Integer> reloadCertificates() {
        return reloadCertificates.get();
    }

    /** The admin listener's routes, for the test that walks them on both listeners. */
    Router adminRouter() {
        return adminRouter;
    }

    /** The clock Pita runs on (a {@link ScaledClock} when sped up). */
    public Clock clock() {
        return clock;
    }

    /** The live district; a change saved in the store goes live through {@link DistrictHolder#set}. */
    public DistrictHolder district() {
        return district;
    }

    public Store store() {
        return store;
    }

    public EngineMetrics metrics() {
        return metrics;
    }

    /** The citizen portal's load (requests in blocking work, refused by a limit), for metrics and tests. */
    public CitizenPortal.Load portalLoad() {
        return portal.load();
    }

    /** Unused one-time credentials at a gateway now. */
    public int liveCredentials(String gatewayId) {
        return credentials instanceof SingleNodeCredentialStore memory ? memory.size(gatewayId)
                : ((CredentialRepository) credentials).live(gatewayId, clock.instant());
    }

    /** Whether this node leads (runs the control loop and the periodic writers). */
    public boolean leading() {
        return leadership.leading();
    }

    /** This node's id in the store's node list ({@code host:radiusAuthPort}). */
    public String nodeId() {
        return heartbeat.nodeId();
    }

    /** What each gateway last did. */
    public GatewayMonitor gatewayMonitor() {
        return gatewayMonitor;
    }

    public LivePlan livePlan() {
        return livePlan;
    }

    /** The main uplink as measured (or not): what each round plans on. */
    public UplinkMonitor uplink() {
        return uplink;
    }

    /** The first console admin's one-time password, present only on the start that created that admin. */
    public Optional<String> bootstrapPassword() {
        return bootstrapPassword;
    }

    /** The daily backup's schedule and last result; empty when {@code backup.at} is off. */
    public Optional<BackupSchedule> backups() {
        return Optional.ofNullable(backups);
    }

    public PitaConfig config() {
        return config;
    }
}
