package id.pita.portal.simulator;

import id.pita.core.district.Gateway;
import id.pita.core.district.Site;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.portal.simulator.SimulatorStats.Event;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated gateway: an office router with its always-up link, or a hotspot with its citizens' phones.
 * {@link #tick()} moves it to the clock's now: traffic, due accounting, arrivals and departures. Its CoA
 * port obeys Pita at any time. Network I/O happens outside the lock, so a slow exchange never holds a CoA
 * answer back. Thread-safe.
 */
final class SimGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimGateway.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    final Gateway gateway;
    final Site site;
    private final int index;
    private final Wiring wiring;
    private final RadiusClient radius;
    private final CoaListener coa;
    private final Demand officeDemand;
    private final Requests.Signing signing;
    private final VisitPlanner planner;
    private final Random random;
    private final SecureRandom authenticators = new SecureRandom();
    private final Map<String, SimSession> sessions = new LinkedHashMap<>();
    private final List<CitizenVisit> visits = new ArrayList<>();
    private LocalDate plannedDay;
    private Instant officeRetryAt = Instant.MIN;
    private int sessionCounter;

    /** What every gateway shares: Pita's addresses, the browser, the clock, the counters. */
    record Wiring(InetSocketAddress auth, InetSocketAddress accounting, PortalBrowser browser, Clock clock,
                  SimulatorStats stats, Duration defaultInterim, Optional<Instant> until) {
    }

    SimGateway(Gateway gateway, Site site, int index, Wiring wiring, Demand officeDemand, VisitPlanner planner,
               Random random, Duration radiusTimeout, int radiusTries) {
        this.gateway = gateway;
        this.site = site;
        this.index = index;
        this.wiring = wiring;
        this.officeDemand = officeDemand;
        this.planner = planner;
        this.random = random;
        this.signing = Requests.Signing.of(gateway, index);
        var address = new InetSocketAddress(gateway.address(), 0).getAddress();
        this.radius = new RadiusClient(address, gateway.secret(), radiusTimeout, radiusTries);
        this.coa = gateway.coaPort() == 0 ? null : new CoaListener(new InetSocketAddress(address, gateway.coaPort()),
                radius.secret(), this::obey, gateway.id());
    }

    void start() {
        if (coa != null) {
            coa.start();
        }
    }

    /** One step to the clock's now. */
    void tick() {
        var now = wiring.clock().instant();
        boolean over = wiring.until().map(now::isAfter).orElse(false);
        List<SimSession> due;
        List<CitizenVisit> arrivals;
        synchronized (this) {
            due = settle(now, over);
            arrivals = over ? List.of() : arrivals(now);
        }
        due.forEach(this::report);
        if (over) {
            return;
        }
        if (officeDemand != null && needsOfficeLink(now)) {
            connectOffice(now);
        }
        for (var v : arrivals) {
            connectCitizen(v, now);
        }
    }

    /** Traffic up to now; marks the sessions that ended; returns those owing a Stop or an Interim-Update. */
    private List<SimSession> settle(Instant now, boolean over) {
        var due = new ArrayList<SimSession>();
        for (var s : sessions.values()) {
            if (s.endCause == null) {
                var end = s.plannedEnd.filter(e -> !e.isAfter(now));
                s.advance(end.orElse(now));
                if (end.isPresent() || over) {
                    s.endCause = s.timeoutCut ? Requests.SESSION_TIMEOUT_CAUSE : Requests.USER_REQUEST;
                }
            }
            if (s.endCause != null || !now.isBefore(s.nextInterim)) {
                due.add(s);
            }
        }
        return due;
    }

    /**
     * Sends a session's Stop or Interim-Update with its counters taken just before sending: on a fast clock
     * every real millisecond between counting and sending would read as lost throughput to Pita.
     */
    private void report(SimSession s) {
        RadiusPacket packet;
        synchronized (this) {
            if (s.endCause != null) {
                sessions.remove(s.acctSessionId);
                packet = Requests.accounting(gateway, radius.nextIdentifier(), Requests.STOP, s, s.lastTick);
            } else {
                var now = wiring.clock().instant();
                s.advance(now);
                s.nextInterim = now.plus(s.interim);
                packet = Requests.accounting(gateway, radius.nextIdentifier(), Requests.INTERIM_UPDATE, s, now);
            }
        }
        account(packet);
    }

    private List<CitizenVisit> arrivals(Instant now) {
        if (planner == null) {
            return List.of();
        }
        var today = now.atZone(wiring.clock().getZone()).toLocalDate();
        if (!today.equals(plannedDay)) {
            plannedDay = today;
            visits.removeIf(v -> v.done);
            visits.addAll(planner.plan(today, random));
        }
        var due = new ArrayList<CitizenVisit>();
        for (var v : visits) {
            if (!v.done && !v.arrival.isAfter(now) && v.arrival.plus(v.stay).isAfter(now)) {
                due.add(v);
            } else if (!v.done && !v.arrival.plus(v.stay).isAfter(now)) {
                v.done = true;
            }
        }
        return due;
    }

    private synchronized boolean needsOfficeLink(Instant now) {
        return sessions.isEmpty() && !now.isBefore(officeRetryAt);
    }

    private void connectOffice(Instant now) {
        var s = new SimSession(nextSessionId(), site.code(), officeMac(), "172.16." + (index % 250) + ".2", false,
                false, officeDemand, now, Optional.empty());
        var request = Requests.officeAccess(gateway, signing, site.password(), radius.nextIdentifier(), newAuthenticator(), radius.secret(), s);
        if (!admit(s, request)) {
            synchronized (this) {
                officeRetryAt = now.plus(RETRY);
            }
        }
    }

    private void connectCitizen(CitizenVisit v, Instant now) {
        PortalLogin login;
        try {
            login = wiring.browser().login(gateway, v.mac, v.ip, random);
        } catch (PortalException e) {
            wiring.stats().count(Event.PORTAL_FAILURE);
            LOG.debug("Portal handshake at {} failed: {}", gateway.id(), e.getMessage());
            synchronized (this) {
                v.done = ++v.portalFailures >= 3;
            }
            return;
        }
        var s = new SimSession(nextSessionId(), login.username(), v.mac, v.ip, true, v.heavy,
                Demand.constant(v.wish), now, Optional.of(v.arrival.plus(v.stay)));
        var request = Requests.citizenAccess(gateway, signing, radius.nextIdentifier(), newAuthenticator(), login, s);
        admit(s, request);
        synchronized (this) {
            v.done = true;
        }
    }

    /** Sends the Access-Request; on Accept applies it, registers the session and sends its Start. */
    private boolean admit(SimSession s, RadiusPacket request) {
        var reply = radius.exchange(request, wiring.auth());
        if (reply.isEmpty()) {
            wiring.stats().count(Event.RADIUS_TIMEOUT);
            return false;
        }
        if (!reply.get().code().equals(PacketCode.ACCESS_ACCEPT)) {
            wiring.stats().count(Event.ACCESS_REJECT);
            return false;
        }
        wiring.stats().count(Event.ACCESS_ACCEPT);
        var accept = reply.get();
        var rate = RateAttributes.read(gateway.vendor(), accept).orElse(s.demand.at(s.start));
        var interim = accept.attribute(Requests.ACCT_INTERIM_INTERVAL).map(a -> Duration.ofSeconds(a.asInt()))
                .orElse(wiring.defaultInterim());
        var classValue = accept.attribute(Requests.CLASS).map(RadiusAttribute::value).orElse(new byte[0]);
        var timeout = accept.attribute(Requests.SESSION_TIMEOUT).map(a -> Duration.ofSeconds(a.asInt()));
        RadiusPacket start;
        synchronized (this) {
            s.accepted(rate, interim, classValue, timeout);
            sessions.put(s.acctSessionId, s);
            start = Requests.accounting(gateway, radius.nextIdentifier(), Requests.START, s, s.start);
        }
        account(start);
        return true;
    }

    private void account(RadiusPacket packet) {
        int status = (int) packet.attribute(Requests.ACCT_STATUS_TYPE).orElseThrow().asInt();
        if (radius.exchange(packet, wiring.accounting()).isEmpty()) {
            wiring.stats().count(Event.RADIUS_TIMEOUT);
            return;
        }
        wiring.stats().count(status == Requests.START ? Event.ACCT_START
                : status == Requests.STOP ? Event.ACCT_STOP : Event.ACCT_INTERIM);
    }

    /** Answers a verified CoA-Request or Disconnect-Request (unsigned; the listener signs it). */
    private synchronized RadiusPacket obey(RadiusPacket request) {
        boolean disconnect = request.code().equals(PacketCode.DISCONNECT_REQUEST);
        var s = find(request);
        var now = wiring.clock().instant();
        if (s == null) {
            wiring.stats().count(disconnect ? Event.DISCONNECT_NAK : Event.COA_NAK);
            return nak(disconnect, Requests.SESSION_CONTEXT_NOT_FOUND);
        }
        s.advance(now);
        if (disconnect) {
            s.endCause = Requests.ADMIN_RESET;
            wiring.stats().count(Event.DISCONNECT_ACK);
            return RadiusPacket.of(PacketCode.DISCONNECT_ACK, 0, List.of());
        }
        if (gateway.vendor() == Vendor.MIKROTIK) {
            var unchangeable = RouterOs.unchangeable(request);
            if (unchangeable.isPresent()) {
                LOG.warn("CoA at {} NAKed: RouterOS cannot change attribute {}", gateway.id(),
                        unchangeable.get().isVendorSpecific() ? "26." + unchangeable.get().vendorId() + "."
                        + unchangeable.get().vendorType() : Integer.toString(unchangeable.get().type()));
                wiring.stats().count(Event.COA_NAK);
                return nak(false, RouterOs.UNSUPPORTED_ATTRIBUTE);
            }
        }
        var rate = RateAttributes.read(gateway.vendor(), request);
        if (rate.isEmpty()) {
            wiring.stats().count(Event.COA_NAK);
            return nak(false, 402); // Missing Attribute [RFC 5176 §3.6]
        }
        s.limit = rate.get();
        wiring.stats().count(Event.COA_ACK);
        return RadiusPacket.of(PacketCode.COA_ACK, 0, List.of());
    }

    /** The live session a request names: by Acct-Session-Id, else by User-Name. */
    private SimSession find(RadiusPacket request) {
        var id = request.attribute(Requests.ACCT_SESSION_ID).map(RadiusAttribute::asString);
        if (id.isPresent()) {
            var s = sessions.get(id.get());
            return s == null || s.endCause != null ? null : s;
        }
        var user = request.attribute(AttributeType.USER_NAME)
                .map(RadiusAttribute::asString).orElse("");
        return sessions.values().stream().filter(x -> x.endCause == null && x.userName.equals(user))
                .findFirst().orElse(null);
    }

    private static RadiusPacket nak(boolean disconnect, int cause) {
        return RadiusPacket.of(disconnect ? PacketCode.DISCONNECT_NAK : PacketCode.COA_NAK, 0,
                List.of(RadiusAttribute.ofInt(Requests.ERROR_CAUSE, cause)));
    }

    synchronized List<SessionView> views(Instant now) {
        var out = new ArrayList<SessionView>();
        for (var s : sessions.values()) {
            if (s.endCause == null) {
                out.add(new SessionView(gateway.id(), site.code(), site.kind(), s.userName, s.citizen, s.heavy,
                        s.limit, s.demand.at(now), s.throughput(now)));
            }
        }
        return out;
    }

    private synchronized String nextSessionId() {
        ++sessionCounter;
        return gateway.vendor() == Vendor.MIKROTIK ? RouterOs.sessionId(0, sessionCounter)
                : String.format("%04X%08X", index, sessionCounter);
    }

    private String officeMac() {
        return String.format("02:0F:00:00:%02X:%02X", (index >> 8) & 0xFF, index & 0xFF);
    }

    private byte[] newAuthenticator() {
        var a = new byte[16];
        authenticators.nextBytes(a);
        return a;
    }

    @Override
    public void close() {
        if (coa != null) {
            coa.close();
        }
        radius.close();
    }
}
