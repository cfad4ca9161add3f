package id.pita.engine.radius.server;

import id.pita.engine.GatewayDirectory;
import id.pita.engine.access.AccessHandler;
import id.pita.engine.accounting.AccountingSink;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.dictionary.Dictionary;
import id.pita.engine.radius.vendor.ReplyEncoder;
import io.netty.channel.ChannelPipeline;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The handler instances shared by both ports, and the one place that adds them to a pipeline in
 * order (see {@link RadiusChannelInitializer} for why that order). Also used directly by tests on an
 * {@code EmbeddedChannel}.
 */
final class RadiusHandlers {
    private final EngineMetrics metrics;
    private final Drops drops;
    private final DuplicateCache duplicates;
    private final InFlight inFlight = new InFlight();
    private final RadiusResponseEncoder encoder;
    private final GatewayFilter gatewayFilter;
    private final GatewayRateLimit rateLimit;
    private final AuthenticityFilter authenticity;
    private final DuplicateFilter duplicateFilter;
    private final RequestDispatcher dispatcher;
    private final TailExceptionHandler tail;

    RadiusHandlers(GatewayDirectory gateways, AccessHandler accessHandler, AccountingSink sink, Executor workers,
                   EngineMetrics metrics, Clock clock, Duration duplicateTtl, int duplicateEntries,
                   GatewayMonitor monitor) {
        this(gateways, accessHandler, sink, KeyedExecutor.of(workers), metrics, clock, duplicateTtl,
                duplicateEntries, monitor, GatewayRateLimit.Limits.none());
    }

    RadiusHandlers(GatewayDirectory gateways, AccessHandler accessHandler, AccountingSink sink, KeyedExecutor workers,
                   EngineMetrics metrics, Clock clock, Duration duplicateTtl, int duplicateEntries,
                   GatewayMonitor monitor, GatewayRateLimit.Limits limits) {
        this(gateways, accessHandler, sink, workers, metrics, clock, duplicateTtl, duplicateEntries, monitor,
                new GatewayRateLimit(limits, gateways, System::nanoTime, metrics));
    }

    /** @param rateLimit the per-gateway limit, on the time the caller gives it (tests advance it) */
    RadiusHandlers(GatewayDirectory gateways, AccessHandler accessHandler, AccountingSink sink, KeyedExecutor workers,
                   EngineMetrics metrics, Clock clock, Duration duplicateTtl, int duplicateEntries,
                   GatewayMonitor monitor, GatewayRateLimit rateLimit) {
        this.rateLimit = rateLimit;
        var dictionary = Dictionary.standard();
        this.metrics = metrics;
        this.drops = new Drops(metrics, clock);
        this.duplicates = new DuplicateCache(clock, duplicateTtl, duplicateEntries);
        this.encoder = new RadiusResponseEncoder(metrics);
        this.gatewayFilter = new GatewayFilter(gateways, drops);
        this.authenticity = new AuthenticityFilter(drops, metrics, monitor);
        this.duplicateFilter = new DuplicateFilter(duplicates, drops, metrics);
        var access = new AccessFlow(accessHandler, new ReplyEncoder(dictionary), dictionary, monitor);
        this.dispatcher = new RequestDispatcher(access, new AccountingFlow(dictionary), sink, workers,
                new Responder(duplicates, drops, inFlight), inFlight, metrics, clock);
        this.tail = new TailExceptionHandler(drops);
    }

    void addTo(ChannelPipeline pipeline, PortRole role) {
        pipeline.addLast("encoder", encoder);
        pipeline.addLast("limit", rateLimit);
        pipeline.addLast("decoder", new RadiusDatagramDecoder(metrics, drops, role));
        pipeline.addLast("gateway", gatewayFilter);
        pipeline.addLast("authenticity", authenticity);
        pipeline.addLast("duplicates", duplicateFilter);
        pipeline.addLast("dispatcher", dispatcher);
        pipeline.addLast("exceptions", tail);
    }

    GatewayRateLimit rateLimit() {
        return rateLimit;
    }

    InFlight inFlight() {
        return inFlight;
    }

    int duplicateCacheSize() {
        return duplicates.size();
    }
}
