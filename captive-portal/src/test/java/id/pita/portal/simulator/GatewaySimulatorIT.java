package id.pita.portal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictFiles;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Vendor;
import id.pita.core.session.AcctStatus;
import id.pita.core.testing.MutableClock;
import id.pita.engine.access.RateReply;
import id.pita.engine.coa.CoaTarget;
import id.pita.engine.coa.PushOutcome;
import id.pita.engine.coa.PushRequest;
import id.pita.engine.coa.SessionRef;
import id.pita.portal.simulator.SimulatorStats.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator against the real RADIUS server, portal and CoA client, on a clock moved by hand. */
class GatewaySimulatorIT {
    /** Monday 23 November 2026, 09:00 WITA: office hours. */
    static final Instant MONDAY_0900 = Instant.parse("2026-11-23T01:00:00Z");

    private MiniPita pita;
    private GatewaySimulator sim;
    private final MutableClock clock = MutableClock.at(MONDAY_0900);

    @AfterEach
    void close() throws Exception {
        if (sim != null) {
            sim.close();
        }
        if (pita != null) {
            pita.close();
        }
    }

    private void start(int offices, int hotspots, int citizens) throws Exception {
        District district = SimulatedDistrict.from(DistrictFiles.demo("paser"), offices, hotspots);
        pita = new MiniPita(district, clock);
        sim = new GatewaySimulator(district, pita.simulatorConfig().withCitizensPerHotspot(citizens), clock);
        sim.startListening();
    }

    @Test
    void officeLinksLogInFromTheirOwnAddressesAndCountPastFourGigabytesWithGigawords() throws Exception {
        start(2, 0, 0);
        sim.tickAll();
        assertThat(pita.accounting).extracting(r -> r.status()).containsOnly(AcctStatus.START).hasSize(2);
        var views = sim.snapshot();
        assertThat(views).extracting(SessionView::userName).containsExactlyInAnyOrder("setda", "bappeda");
        assertThat(views).allSatisfy(v -> assertThat(v.limit()).isEqualTo(Bandwidth.mbps(20, 10)));

        clock.advance(Duration.ofMinutes(30));
        sim.tickAll();

        var interims = pita.accounting.stream().filter(r -> r.status() == AcctStatus.INTERIM_UPDATE).toList();
        assertThat(interims).hasSize(2);
        long expected = Bandwidth.mbps(20, 10).down() * 1800 / 8; // busy offices run at their 20M limit
        assertThat(interims).allSatisfy(r -> assertThat(r.downloadBytes()).isEqualTo(expected));
        assertThat(expected).isGreaterThan(1L << 32);
        assertThat(sim.stats().get(Event.ACCESS_ACCEPT)).isEqualTo(2);
    }

    @Test
    void citizensLogInThroughTheMikrotikAndChilliHandshakesWithMintedCredentials() throws Exception {
        start(0, 2, 4);
        assertThat(pita.district.gateways()).extracting(g -> g.vendor())
                .containsExactly(Vendor.MIKROTIK, Vendor.COOVACHILLI);
        clock.set(Instant.parse("2026-11-23T07:00:00Z")); // 15:00 WITA
        for (int minute = 0; minute < 8 * 60; minute += 5) {
            sim.tickAll();
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(sim.stats().get(Event.PORTAL_FAILURE)).isZero();
        assertThat(sim.stats().get(Event.ACCESS_REJECT)).isZero();
        assertThat(sim.stats().get(Event.ACCESS_ACCEPT)).isEqualTo(8);
        var starts = pita.accounting.stream().filter(r -> r.status() == AcctStatus.START).toList();
        assertThat(starts).hasSize(8).allSatisfy(r -> assertThat(r.username()).startsWith("c-"));
        assertThat(starts).extracting(r -> r.gatewayId()).containsOnly("psr-gw-hs-alun-alun-tgt",
                "psr-gw-hs-taman-siring-kandilo");
        var stops = pita.accounting.stream().filter(r -> r.status() == AcctStatus.STOP).toList();
        assertThat(stops).hasSize(8).allSatisfy(r -> assertThat(r.downloadBytes()).isPositive());
        assertThat(pita.credentials.size()).isZero();
    }

    @Test
    void obeysCoaWithASignedAckAndDisconnectWithAnAckThenAStop() throws Exception {
        start(1, 0, 0);
        sim.tickAll();
        var gateway = pita.district.gateways().get(0);
        var target = CoaTarget.of(gateway).orElseThrow();
        var start = pita.accounting.get(0);
        var session = new SessionRef(start.username(), start.acctSessionId(), start.mac(), Optional.empty());
        var rate = new RateReply(Bandwidth.mbps(50, 20), Bandwidth.ZERO, Optional.empty(), Optional.empty(),
                Duration.ofMinutes(5), Optional.empty(), "");

        var coa = pita.coa.send(target, PushRequest.rateChange(session, rate)).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        assertThat(coa.result()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(sim.snapshot()).singleElement()
                .satisfies(v -> assertThat(v.limit()).isEqualTo(Bandwidth.mbps(50, 20)));

        var gone = new SessionRef("", "FFFF00000001", "", Optional.empty());
        var nak = pita.coa.send(target, PushRequest.disconnect(gone)).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(nak.result()).isEqualTo(PushOutcome.Result.NAK);
        assertThat(nak.errorCause()).hasValue(503);

        var disconnect = pita.coa.send(target, PushRequest.disconnect(session)).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(disconnect.result()).isEqualTo(PushOutcome.Result.ACK);
        assertThat(sim.snapshot()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        sim.tickAll();
        var stop = pita.accounting.stream().filter(r -> r.status() == AcctStatus.STOP).findFirst().orElseThrow();
        assertThat(stop.acctSessionId()).isEqualTo(start.acctSessionId());
        assertThat(stop.terminateCause()).isEqualTo("Admin-Reset");
    }

    @Test
    void mikrotikNumbersSessionsAsRouterOsDoesAndNaksACoaWithAnAttributeRouterOsCannotChange() throws Exception {
        start(1, 0, 0);
        sim.tickAll();
        var gateway = pita.district.gateways().get(0);
        assertThat(gateway.vendor()).isEqualTo(Vendor.MIKROTIK);
        var start = pita.accounting.get(0);
        assertThat(start.acctSessionId()).matches("80[0-9a-f]{6}");
        var session = new SessionRef(start.username(), start.acctSessionId(), start.mac(), Optional.empty());
        var rate = new RateReply(Bandwidth.mbps(50, 20), Bandwidth.ZERO, Optional.of(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(10)), Duration.ofMinutes(5), Optional.empty(), "");

        // what Pita sends a MikroTik (Rate-Limit, Idle-Timeout) is taken
        var mikrotik = CoaTarget.of(gateway).orElseThrow();
        assertThat(pita.coa.send(mikrotik, PushRequest.rateChange(session, rate)).toCompletableFuture()
                .get(10, TimeUnit.SECONDS).result()).isEqualTo(PushOutcome.Result.ACK);
        // the generic body carries Session-Timeout and Acct-Interim-Interval: RouterOS cannot change the latter
        var generic = new CoaTarget(mikrotik.address(), mikrotik.coaPort(), mikrotik.secret(), Vendor.GENERIC);
        var nak = pita.coa.send(generic, PushRequest.rateChange(session, rate)).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(nak.result()).isEqualTo(PushOutcome.Result.NAK);
        assertThat(nak.errorCause()).hasValue(RouterOs.UNSUPPORTED_ATTRIBUTE);
    }
}
