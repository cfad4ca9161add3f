package id.pita.engine.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether each gateway's CoA port answers, and what the loop holds for a gateway that does not. After
 * {@link PeerConfig#timeoutsToUnreachable()} pushes in a row time out with no answer from the gateway in between,
 * it is unreachable: the loop keeps planning, but instead of sending a new push per session every round it holds
 * only the latest round's pushes for that gateway (one per session, at most {@link PeerConfig#maxHeld()}), and
 * sends one of them at a time as a probe, with the probe interval doubling from {@link PeerConfig#probeFirst()}
 * to {@link PeerConfig#probeMax()}. The first answer (ACK or NAK) makes it reachable again and hands back what is
 * held, to be sent once each, in order and paced. Logged once per change of state. Thread-safe (one lock):
 * results arrive on the CoA client's threads, rounds on the loop's executor.
 */
final class CoaPeers {
    private static final Logger LOG = LoggerFactory.getLogger(CoaPeers.class);

    /** What a push result changed. */
    enum Change { NONE, UNREACHABLE, REACHABLE }

    /** A gateway's state as /health and /metrics show it. */
    record PeerStatus(String gatewayId, boolean reachable, Instant since, int held, long outages, long heldDropped) {
    }

    /** A push held for an unreachable gateway, with the context it was decided under (may be null). */
    record Held(Push push, PushContext context) {
    }

    private final PeerConfig config;
    private final Map<String, Peer> peers = new TreeMap<>();

    CoaPeers(PeerConfig config) {
        this.config = config;
    }

    /** Notes a push's answer; returns what changed. */
    synchronized Change onResult(Push push, PushResult result, boolean probe) {
        var peer = peer(push.gatewayId());
        if (probe) {
            peer.probeInFlight = false;
        }
        switch (result.outcome()) {
            case ACK, NAK -> {
                peer.timeoutsInARow = 0;
                if (peer.unreachableSince != null) {
                    LOG.info("CoA peer {} answers again after {} s unreachable; sending its {} held pushes, paced",
                            push.gatewayId(), Duration.between(peer.unreachableSince, result.at()).toSeconds(),
                            peer.held.size());
                    peer.unreachableSince = null;
                    peer.since = result.at();
                    return Change.REACHABLE;
                }
                return Change.NONE;
            }
            case TIMEOUT -> {
                peer.timeoutsInARow++;
                if (peer.unreachableSince == null && peer.timeoutsInARow >= config.timeoutsToUnreachable()) {
                    peer.unreachableSince = result.at();
                    peer.since = result.at();
                    peer.outages++;
                    peer.probeDelay = config.probeFirst();
                    peer.nextProbe = result.at().plus(peer.probeDelay);
                    LOG.warn("CoA peer {} unreachable: {} pushes in a row unanswered; holding the latest push per "
                                    + "session (at most {}) and probing from every {} s up to every {} s",
                            push.gatewayId(), peer.timeoutsInARow, config.maxHeld(), config.probeFirst().toSeconds(),
                            config.probeMax().toSeconds());
                    return Change.UNREACHABLE;
                }
                if (probe && peer.unreachableSince != null) {
                    peer.probeDelay = min(peer.probeDelay.multipliedBy(2), config.probeMax());
                    peer.nextProbe = result.at().plus(peer.probeDelay);
                    LOG.debug("CoA probe to {} unanswered; next in {} s", push.gatewayId(),
                            peer.probeDelay.toSeconds());
                }
                return Change.NONE;
            }
            default -> {
                return Change.NONE;
            }
        }
    }

    /** Gateways unreachable now. */
    synchronized List<String> unreachable() {
        var out = new ArrayList<String>();
        peers.forEach((id, p) -> {
            if (p.unreachableSince != null) {
                out.add(id);
            }
        });
        return out;
    }

    synchronized boolean unreachable(String gatewayId) {
        var peer = peers.get(gatewayId);
        return peer != null && peer.unreachableSince != null;
    }

    /**
     * This round's pushes for an unreachable gateway replace what was held for it (the latest decision per
     * session; a session this round left alone has nothing to catch up on). Returns the probe to send now, if
     * one is due and none is in flight; the probe is no longer held.
     */
    synchronized Optional<Held> hold(String gatewayId, List<Push> pushes, Map<String, PushContext> contexts,
                                     Instant now) {
        var peer = peer(gatewayId);
        peer.held.clear();
        for (var p : pushes) {
            if (peer.held.size() >= config.maxHeld()) {
                peer.heldDropped++;
                continue;
            }
            peer.held.put(p.sessionKey(), new Held(p, contexts.get(p.sessionKey())));
        }
        if (peer.probeInFlight || peer.held.isEmpty() || now.isBefore(peer.nextProbe)) {
            return Optional.empty();
        }
        var it = peer.held.values().iterator();
        var probe = it.next();
        it.remove();
        peer.probeInFlight = true;
        return Optional.of(probe);
    }

    /** What is held for a gateway that answers again, in the order it was decided; no longer held. */
    synchronized List<Held> release(String gatewayId) {
        var peer = peer(gatewayId);
        var out = new ArrayList<>(peer.held.values());
        peer.held.clear();
        return out;
    }

    /** Gateways that have been unreachable at least once since Pita started, sorted by id. */
    synchronized List<PeerStatus> status() {
        var out = new ArrayList<PeerStatus>();
        peers.forEach((id, p) -> {
            if (p.outages > 0) {
                out.add(new PeerStatus(id, p.unreachableSince == null, p.since, p.held.size(), p.outages,
                        p.heldDropped));
            }
        });
        return out;
    }

    private Peer peer(String gatewayId) {
        return peers.computeIfAbsent(gatewayId, k -> new Peer());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One gateway, guarded by the lock. */
    private static final class Peer {
        int timeoutsInARow;
        Instant unreachableSince;
        Instant since;
        Duration probeDelay;
        Instant nextProbe = Instant.MIN;
        boolean probeInFlight;
        long outages;
        long heldDropped;
        final LinkedHashMap<String, Held> held = new LinkedHashMap<>();
    }
}
