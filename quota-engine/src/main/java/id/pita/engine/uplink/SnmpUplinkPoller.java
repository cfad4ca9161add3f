package id.pita.engine.uplink;

import id.pita.core.Check;
import id.pita.core.uplink.UplinkSample;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the uplink interface every {@code period} with one SNMP GET of {@code ifHCInOctets}, {@code ifHCOutOctets},
 * {@code ifOperStatus} and {@code ifHighSpeed} ({@link IfMib}) and hands the reading to the {@link UplinkMonitor}.
 * Requests are asynchronous: the timer thread {@code uplink-snmp} only sends, SNMP4J's own transport thread
 * receives, so no event loop ever waits on the agent. A poll still unanswered when the next is due is not doubled
 * (counted as {@code skipped}). Timeouts and bad answers are counted in {@code pita_uplink_polls_total{result}},
 * logged at WARN once per change of reason, and told to the monitor, which treats a silent agent as unknown, not as
 * a dead link. Thread-safe.
 */
public final class SnmpUplinkPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpUplinkPoller.class);

    private final SnmpSettings settings;
    private final UplinkMonitor monitor;
    private final Clock clock;
    private final CounterFamily polls;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile String lastFailure;
    private Snmp snmp;
    private SnmpTargets.Target target;
    private ScheduledExecutorService timer;

    /** @param clock the time readings are stamped with (Pita's clock; the period itself is real time) */
    public SnmpUplinkPoller(SnmpSettings settings, UplinkMonitor monitor, Clock clock, EngineMetrics metrics) {
        this.settings = Check.notNull("settings", settings);
        this.monitor = Check.notNull("monitor", monitor);
        this.clock = Check.notNull("clock", clock);
        this.polls = metrics.counter("pita_uplink_polls_total",
                "SNMP polls of the uplink interface, by result (ok, timeout, error, skipped).", "result");
    }

    /** Binds the UDP socket and polls at once, then every period. Completes with the socket's local address. */
    public synchronized CompletionStage<java.net.InetSocketAddress> start() {
        var bound = open();
        if (snmp != null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "uplink-snmp");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::tick, 0, settings.period().toMillis(), TimeUnit.MILLISECONDS);
        }
        return bound;
    }

    /** Binds the UDP socket without polling by itself: {@link #poll} polls (tests drive it on their clock). */
    public synchronized CompletionStage<java.net.InetSocketAddress> open() {
        try {
            var agent = InetAddress.getByName(settings.host());
            var transport = new DefaultUdpTransportMapping(new UdpAddress(agent.isLoopbackAddress()
                    ? InetAddress.getLoopbackAddress() : InetAddress.getByName("0.0.0.0"), 0));
            var built = SnmpTargets.build(settings, agent, transport);
            snmp = built.snmp();
            target = built;
            snmp.listen();
            var local = transport.getListenAddress();
            LOG.info("Uplink SNMP socket open: {} from {}", settings, local);
            return CompletableFuture.completedFuture(new java.net.InetSocketAddress(local.getInetAddress(),
                    local.getPort()));
        } catch (IOException | RuntimeException e) {
            close();
            snmp = null;
            return CompletableFuture.failedFuture(e);
        }
    }

    private void tick() {
        if (!inFlight.compareAndSet(false, true)) {
            polls.inc("skipped");
            return;
        }
        poll().whenComplete((s, e) -> inFlight.set(false));
    }

    /** One poll now; completes with the reading, or empty when the agent gave none (counted and logged). */
    public CompletableFuture<Optional<UplinkSample>> poll() {
        var result = new CompletableFuture<Optional<UplinkSample>>();
        var listener = new ResponseListener() {
            @Override
            public <A extends Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                result.complete(answered(event));
            }
        };
        try {
            snmp.send(IfMib.get(settings.ifIndex(), settings.version() == SnmpSettings.Version.V3), target.target(),
                    null, listener);
        } catch (IOException | RuntimeException e) {
            result.complete(failed("error", "cannot send: " + e.getMessage()));
        }
        return result;
    }

    private <A extends Address> Optional<UplinkSample> answered(ResponseEvent<A> event) {
        if (event.getError() != null) {
            return failed("error", event.getError().toString());
        }
        PDU response = event.getResponse();
        if (response == null) {
            return failed("timeout", "no answer from " + settings.host() + ":" + settings.port() + " within "
                    + settings.timeout().toMillis() + " ms (and one retry)");
        }
        try {
            var sample = IfMib.sample(response, settings.ifIndex(), clock.instant());
            polls.inc("ok");
            if (lastFailure != null) {
                LOG.info("Uplink SNMP agent answers again after: {}", lastFailure);
                lastFailure = null;
            }
            LOG.debug("Uplink reading {}", sample);
            monitor.offer(sample);
            return Optional.of(sample);
        } catch (IllegalArgumentException e) {
            return failed("error", e.getMessage());
        }
    }

    private Optional<UplinkSample> failed(String result, String reason) {
        polls.inc(result);
        if (!reason.equals(lastFailure)) {
            LOG.warn("Uplink SNMP poll failed ({}): {}", result, reason);
            lastFailure = reason;
        }
        monitor.failed(reason);
        return Optional.empty();
    }

    /** Polls by result so far. */
    public long polls(String result) {
        return polls.get(result);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (snmp != null) {
            try {
                snmp.close();
            } catch (IOException e) {
                LOG.warn("Uplink SNMP socket did not close cleanly: {}", e.toString());
            }
        }
    }
}
