package id.pita.engine.coa;

import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.server.Datagrams;
import io.netty.util.Timer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoA client's state, without sockets: numbers requests per target, retransmits on the injected
 * timer with exponential back-off, and matches answers on source address and port, identifier, code
 * and Response Authenticator (plus Message-Authenticator when present) [RFC 5176 §3.5]. A datagram
 * that fails any check is dropped, counted and logged; the request keeps waiting. Thread-safe: one
 * lock; futures are completed outside it.
 */
final class CoaExchanges {
    /** Where datagrams go; a Netty channel in production, a list in tests. */
    @FunctionalInterface
    interface Transport {
        void send(InetSocketAddress to, byte[] datagram);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CoaExchanges.class);

    private final CoaClientConfig config;
    private final Timer timer;
    private final Clock clock;
    private final Transport transport;
    private final Map<InetSocketAddress, TargetSlots> targets = new HashMap<>();
    private final LongAdder droppedReplies = new LongAdder();
    private boolean closed;

    CoaExchanges(CoaClientConfig config, Timer timer, Clock clock, Transport transport) {
        this.config = config;
        this.timer = timer;
        this.clock = clock;
        this.transport = transport;
    }

    /** Sends {@code unsigned} (identifier and authenticators still to fill) or queues it for an identifier. */
    CompletableFuture<PushOutcome> submit(CoaTarget target, RadiusPacket unsigned) {
        var exchange = new Exchange(target, unsigned);
        synchronized (this) {
            if (closed) {
                exchange.future.complete(PushOutcome.error("client closed", 0, Duration.ZERO));
                return exchange.future;
            }
            var slots = targets.computeIfAbsent(target.socketAddress(), a -> new TargetSlots());
            int id = slots.acquire();
            if (id < 0) {
                slots.waiting.add(exchange);
            } else {
                start(slots, exchange, id);
            }
        }
        return exchange.future;
    }

    /** An answer arrived (or anything else did). Never throws on bad input. */
    void onDatagram(InetSocketAddress sender, byte[] datagram) {
        RadiusPacket reply;
        if (Datagrams.oversized(datagram.length)) {
            drop(sender, "datagram of more than " + RadiusPacket.MAX_LENGTH + " octets");
            return;
        }
        try {
            reply = RadiusPacket.decode(datagram);
        } catch (RadiusDecodeException e) {
            drop(sender, "undecodable: " + e.getMessage());
            return;
        }
        Exchange matched;
        PushOutcome outcome;
        synchronized (this) {
            var slots = targets.get(sender);
            matched = slots == null ? null : slots.inFlight.get(reply.identifier());
            if (matched == null) {
                drop(sender, (slots == null ? "not a target address and port" : "no request in flight")
                        + ", id " + reply.identifier());
                return;
            }
            var ack = CoaPackets.acknowledges(matched.signed.code(), reply.code());
            if (ack.isEmpty()) {
                drop(sender, reply.code() + " does not answer " + matched.signed.code());
                return;
            }
            if (!Authenticators.verifyResponse(reply, matched.signed.authenticator(), matched.target.secretBytes())) {
                drop(sender, "bad Response Authenticator or Message-Authenticator, id " + reply.identifier());
                return;
            }
            var latency = Duration.between(matched.firstSent, clock.instant());
            outcome = ack.get() ? PushOutcome.ack(matched.attempts, latency)
                    : PushOutcome.nak(CoaPackets.errorCause(reply), matched.attempts, latency);
            LOG.debug("{} id {} from {} after {} attempt(s)", reply.code(), reply.identifier(), sender,
                    matched.attempts);
            finish(matched);
        }
        matched.future.complete(outcome);
    }

    /** Datagrams dropped as not a valid answer to a request in flight. */
    long droppedReplies() {
        return droppedReplies.sum();
    }

    /** Requests sent and not yet answered, over all targets. */
    synchronized int inFlight() {
        return targets.values().stream().mapToInt(s -> s.inFlight.size()).sum();
    }

    /** Requests waiting for a free identifier, over all targets. */
    synchronized int waiting() {
        return targets.values().stream().mapToInt(s -> s.waiting.size()).sum();
    }

    /** Ends every request as ERROR and refuses new ones. */
    void close() {
        var ended = new ArrayList<Exchange>();
        synchronized (this) {
            closed = true;
            for (var slots : targets.values()) {
                ended.addAll(slots.inFlight.values());
                ended.addAll(slots.waiting);
                slots.waiting.clear();
            }
            for (var exchange : ended) {
                exchange.done = true;
                if (exchange.timeout != null) {
                    exchange.timeout.cancel();
                }
            }
        }
        ended.forEach(e -> e.future.complete(PushOutcome.error("client closed", e.attempts, Duration.ZERO)));
    }

    /** Numbers, signs and sends for the first time. Caller holds the lock. */
    private void start(TargetSlots slots, Exchange exchange, int id) {
        exchange.signed = signed(exchange, id);
        exchange.datagram = exchange.signed.encode();
        exchange.firstSent = clock.instant();
        slots.inFlight.put(id, exchange);
        transmit(exchange);
    }

    private RadiusPacket signed(Exchange exchange, int id) {
        return Authenticators.signRequest(exchange.unsigned.withIdentifier(id), exchange.target.secretBytes());
    }

    /** One (re)transmission of the same datagram, same identifier [RFC 5080 §2.2.1], then the wait. */
    private void transmit(Exchange exchange) {
        exchange.attempts++;
        LOG.debug("{} id {} to {}, attempt {}", exchange.signed.code(), exchange.signed.identifier(),
                exchange.target, exchange.attempts);
        var wait = config.timeoutAfterAttempt(exchange.attempts);
        exchange.timeout = timer.newTimeout(t -> onTimeout(exchange), wait.toNanos(), TimeUnit.NANOSECONDS);
        transport.send(exchange.target.socketAddress(), exchange.datagram);
    }

    private void onTimeout(Exchange exchange) {
        PushOutcome outcome;
        synchronized (this) {
            if (exchange.done) {
                return;
            }
            if (exchange.attempts < config.maxAttempts()) {
                transmit(exchange);
                return;
            }
            outcome = PushOutcome.timeout(exchange.attempts, Duration.between(exchange.firstSent, clock.instant()));
            LOG.debug("{} id {} to {} timed out", exchange.signed.code(), exchange.signed.identifier(),
                    exchange.target);
            finish(exchange);
        }
        exchange.future.complete(outcome);
    }

    /** Marks done, frees the identifier, starts the next waiting request. Caller holds the lock and completes. */
    private void finish(Exchange exchange) {
        exchange.done = true;
        if (exchange.timeout != null) {
            exchange.timeout.cancel();
        }
        var slots = targets.get(exchange.target.socketAddress());
        slots.release(exchange.signed.identifier());
        var next = slots.waiting.poll();
        if (next != null && !closed) {
            start(slots, next, slots.acquire());
        }
    }

    private void drop(InetSocketAddress sender, String reason) {
        droppedReplies.increment();
        LOG.warn("Dropped datagram from {}: {}", sender, reason);
    }
}
