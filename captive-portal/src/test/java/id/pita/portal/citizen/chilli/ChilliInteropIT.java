package id.pita.portal.citizen.chilli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.config.DistrictImporter;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.calendar.Regime;
import id.pita.core.district.RegimePolicy;
import id.pita.core.session.Session;
import id.pita.core.store.PushResult;
import id.pita.core.store.Store;
import id.pita.core.testing.MutableClock;
import id.pita.core.setup.ChilliSetup;
import id.pita.portal.app.GatewayConfigs;
import id.pita.portal.app.Pita;
import id.pita.portal.app.PitaConfig;
import id.pita.portal.citizen.opennds.Poll;
import id.pita.portal.citizen.opennds.Resources;
import id.pita.portal.citizen.opennds.SplashForm;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real CoovaChilli 1.9 with the real Pita as its RADIUS server and UAM portal, on real traffic: a device gets
 * a lease from chilli, its first request is redirected to Pita's splash, the citizen accepts, chilli logs it in
 * with CHAP against Pita; the measured throughput matches the rate Pita planned, follows the CoA that Pita pushes
 * when the regime switches, two devices share the hotspot fairly, a Disconnect sends the device back to the
 * portal, and chilli's accounting reaches Pita with the octets the devices moved.
 */
class ChilliInteropIT {
    private static final Logger LOG = LoggerFactory.getLogger(ChilliInteropIT.class);
    static final String NASID = "chl-taman-lab";
    static final String SECRET = "rahasia-radius-lab";
    static final String UAM_SECRET = "rahasia-uam-lab";
    /** Tuesday 24 November 2026, 15:30 WITA: office hours, the hotspot class may use half the pool. */
    static final Instant OFFICE_HOURS = Instant.parse("2026-11-24T07:30:00Z");
    /**
     * The same day, 16:30 WITA: after hours, the hotspot class may use all of it. The jump stays well inside the
     * citizen plan's daily time, which Pita counts on its clock (a longer jump would make it disconnect the device).
     */
    static final Instant AFTER_HOURS = Instant.parse("2026-11-24T08:30:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    /** Measured throughput must be within this of the planned rate (the bound). */
    static final double RATE_TOLERANCE = 0.15;
    static final int SECONDS = 6;

    @TempDir
    Path work;

    @Test
    void chilliLogsInShapesFollowsCoaSharesFairlyDisconnectsAndAccountsThroughPita() throws Exception {
        ChilliGateway.checkBuilt();
        try (var lab = new ChilliLab(); var chilli = new ChilliGateway(lab, work);
             var internet = new Internet(lab, work)) {
            lab.create();
            internet.start(2);
            var clock = new MutableClock(OFFICE_HOURS, ZoneOffset.UTC);
            var pita = startPita(lab, clock);
            try {
                // What `pita gateway-config` prints for this gateway (the console shows the same file).
                var generated = new GatewayConfigs(pita.config(), pita.authAddress().getPort(),
                        pita.accountingAddress().getPort()).files(pita.district().current(), NASID).stream()
                        .filter(f -> f.name().equals(ChilliSetup.CONFIG)).findFirst().orElseThrow().content();
                chilli.start(generated, WAIT);
                new Flow(lab, chilli, internet, pita, clock).run();
            } catch (Throwable t) {
                throw new AssertionError(t.getMessage() + "\n" + chilli.tail() + "\n" + internet.diagnostics(), t);
            } finally {
                pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
            }
        }
    }

    private Pita startPita(ChilliLab lab, MutableClock clock) throws Exception {
        var dataFile = work.resolve("data/pita.db");
        java.nio.file.Files.createDirectories(dataFile.getParent());
        var districtFile = render("district.yaml", Map.of("nasid", NASID, "gatewayUpIp", lab.gatewayUpIp,
                "secret", SECRET, "uamSecret", UAM_SECRET), work.resolve("district.yaml"));
        try (var store = Store.open(dataFile)) {
            DistrictImporter.importFile(store, districtFile);
        }
        // The generated chilli configuration sends devices to web.publicUrl, so the portal's port is fixed here: found
        // free, then bound by Pita a few seconds later. Another process on the shared machine may take it in between
        // (Pita then fails to start with "Address already in use"): retried on a new port (a failed start stops what
        // it started).
        for (int attempt = 0; ; attempt++) {
            try {
                return startPitaOn(freePort(lab.hostIp), dataFile, lab, clock);
            } catch (java.util.concurrent.ExecutionException e) {
                if (attempt == 2 || !addressInUse(e)) {
                    throw e;
                }
                LOG.warn("the portal's port was taken before Pita bound it ({}); another port", e.getCause().toString());
            }
        }
    }

    private static boolean addressInUse(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    private static Pita startPitaOn(int webPort, Path dataFile, ChilliLab lab, MutableClock clock) throws Exception {
        var config = PitaConfig.parse("""
                dataFile: %s
                radius: {bindAddress: %s, authPort: 0, accountingPort: 0}
                web: {host: %s, port: %d, publicUrl: "http://%s:%d/", admin: {host: 127.0.0.1, port: 0}}
                gateways: {pitaAddress: %s}
                control: {period: 5s}
                coa: {timeout: 1s, maxTimeout: 2s}
                """.formatted(dataFile, lab.hostIp, lab.hostIp, webPort, lab.hostIp, webPort, lab.hostIp),
                "ChilliInteropIT");
        return Pita.start(config, clock).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    static Path render(String name, Map<String, String> values, Path target) {
        return Resources.renderResource("chilli/" + name, values, target);
    }

    private static int freePort(String host) throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    /** The steps, each checked as it happens. */
    private record Flow(ChilliLab lab, ChilliGateway chilli, Internet internet, Pita pita, MutableClock clock) {
        void run() {
            var script = Resources.resource("chilli/udhcpc.script");
            var first = new Device(lab, lab.clients.get(0));
            var second = new Device(lab, lab.clients.get(1));
            first.lease(script);
            LOG.info("first device leased {}", first.ip());
            var session = logIn(first);
            long firstReceived0 = first.receivedIpOctets();
            long internetReceived0 = lab.receivedIpOctets(lab.internet, "eth0");

            // Office hours: the hotspot class is capped at half the pool; one device gets all of it.
            var planned = awaitApplied(List.of(session)).get(0);
            assertThat(planned).as("the plan in office hours").isEqualTo(Bandwidth.mbps(2, 1));
            var down = first.iperf(Internet.IPERF_PORT, SECONDS, true);
            var up = first.iperf(Internet.IPERF_PORT, SECONDS, false);
            LOG.info("office hours: planned {}, measured down {} bit/s, up {} bit/s", planned, down, up);
            assertWithin(down, planned.down(), "download in office hours");
            assertWithin(up, planned.up(), "upload in office hours");

            // After hours: the regime switch raises the hotspot's share; Pita pushes a CoA and chilli obeys at once.
            int pushesBefore = pita.store().pushes().recent(1000).size();
            clock.set(AFTER_HOURS);
            Poll.until("Pita's CoA after the regime switch", WAIT, () -> pita.store().pushes().recent(1000),
                    l -> l.size() > pushesBefore && l.stream().anyMatch(p -> p.kind() == PushResult.Kind.COA
                            && p.sessionKey().equals(session.key()) && p.outcome() == PushResult.Outcome.ACK
                            && !p.rate().equals(planned)));
            var raised = awaitApplied(List.of(session)).get(0);
            // chilli resets every attribute a CoA leaves out: Pita's CoA must carry the whole set again.
            var entry = chilli.sessions().stream().filter(e -> e.ip().equals(session.ip())).findFirst().orElseThrow();
            assertThat(entry.sessionTimeout()).as("Session-Timeout after the CoA: %s", entry).isPositive();
            assertThat(entry.idleTimeout()).as("Idle-Timeout after the CoA: %s", entry).isPositive();
            assertThat(raised).as("the plan after hours").isEqualTo(Bandwidth.mbps(4, 2));
            var downAfter = first.iperf(Internet.IPERF_PORT, SECONDS, true);
            var upAfter = first.iperf(Internet.IPERF_PORT, SECONDS, false);
            LOG.info("after the CoA: planned {}, measured down {} bit/s, up {} bit/s", raised, downAfter, upAfter);
            assertWithin(downAfter, raised.down(), "download after the CoA");
            assertWithin(upAfter, raised.up(), "upload after the CoA");

            // A second device at the same hotspot: equal demand, equal shares of the hotspot's allocation.
            var http = first.browser.get(internet.url(Internet.FILE));
            assertThat(http.status()).as("the file through chilli: %s", http.status()).isEqualTo(200);
            second.lease(script);
            var secondSession = logIn(second);
            long secondReceived0 = second.receivedIpOctets();
            var shares = awaitApplied(List.of(session, secondSession));
            assertThat(shares.get(0)).isEqualTo(shares.get(1));
            var both = measureTogether(first, second);
            double jain = jain(both[0], both[1]);
            LOG.info("two devices: planned {} each, measured {} and {} bit/s down, Jain {}", shares.get(0), both[0],
                    both[1], jain);
            assertThat(jain).as("Jain's index of the two devices' download").isGreaterThanOrEqualTo(0.95);
            assertWithin(both[0] + both[1], shares.get(0).down() * 2, "the hotspot's download shared by two");

            // The hotspot closes: Pita disconnects both, and the next request goes to the portal again.
            closeHotspots();
            Poll.until("Disconnect-ACKs for both devices", WAIT, () -> pita.store().pushes().recent(1000),
                    l -> l.stream().filter(p -> p.kind() == PushResult.Kind.DISCONNECT
                            && p.outcome() == PushResult.Outcome.ACK).count() >= 2);
            var again = first.browser.get(internet.url(Internet.PAGE));
            assertThat(again.status()).as("after Disconnect: %s", again).isEqualTo(302);
            assertThat(again.header("Location")).contains("res=notyet");

            // Accounting: chilli's Stops carry what passed it (swapoctets: input = the device's upload). Downloads are
            // counted on each device's link, uploads on the internet's (policed packets never get there).
            long firstDown = first.receivedIpOctets() - firstReceived0;
            long secondDown = second.receivedIpOctets() - secondReceived0;
            long uploaded = lab.receivedIpOctets(lab.internet, "eth0") - internetReceived0;
            var one = stopped(session);
            var two = stopped(secondSession);
            LOG.info("accounting: Pita has {} and {} B down, {} + {} B up; the links carried {} and {} B down, {} B up",
                    one.downloadBytes(), two.downloadBytes(), one.uploadBytes(), two.uploadBytes(), firstDown,
                    secondDown, uploaded);
            assertWithin(one.downloadBytes(), firstDown, "first device's download in accounting", 0.10);
            assertWithin(two.downloadBytes(), secondDown, "second device's download in accounting", 0.10);
            assertWithin(one.uploadBytes() + two.uploadBytes(), uploaded, "both devices' upload in accounting", 0.10);
            assertThat(one.downloadBytes()).as("octet direction: the first device downloaded more than it sent")
                    .isGreaterThan(one.uploadBytes());
        }

        private Session stopped(Session session) {
            return Poll.until("the Stop of " + session.key() + " in Pita's store", WAIT,
                    () -> pita.store().sessions().byKey(session.key()).orElseThrow(), s -> s.stopped() != null);
        }

        /** The citizen's way in: chilli's redirect, Pita's splash, accept, chilli's /logon, Pita's success page. */
        private Session logIn(Device device) {
            var origin = internet.url(Internet.PAGE);
            var redirect = device.browser.get(origin);
            assertThat(redirect.status()).as("chilli's answer before log-in: %s", redirect).isEqualTo(302);
            var splashUrl = redirect.header("Location");
            assertThat(splashUrl).startsWith("http://" + lab.hostIp + ":" + pita.webAddress().getPort() + "/")
                    .contains("res=notyet").contains("nasid=" + NASID).contains("uamip=" + lab.uamIp);
            var splash = device.browser.get(splashUrl);
            assertThat(splash.status()).as("Pita's splash: %s", splash).isEqualTo(200);
            var form = SplashForm.parse(splash.body());
            var accept = device.browser.post(URI.create(splashUrl).resolve(form.action()).toString(), form.fields());
            assertThat(accept.status()).as("Pita's answer to the accepted terms: %s", accept).isEqualTo(302);
            var logon = accept.header("Location");
            assertThat(logon).startsWith("http://" + lab.uamIp + ":3990/logon?");
            var chilliAnswer = device.browser.get(logon);
            assertThat(chilliAnswer.status()).as("chilli's answer to /logon: %s", chilliAnswer).isEqualTo(302);
            assertThat(chilliAnswer.header("Location")).contains("res=success");
            // Before any CoA, chilli's limits can only have come from Pita's Access-Accept (ChilliSpot-Bandwidth-*).
            var accepted = chilli.sessions().stream().filter(e -> e.ip().equals(device.ip())).findFirst()
                    .orElseThrow();
            assertThat(accepted.authenticated()).isTrue();
            assertThat(accepted.maxDown()).as("download limit from the Access-Accept: %s", accepted).isPositive();
            assertThat(accepted.maxUp()).as("upload limit from the Access-Accept: %s", accepted).isPositive();
            var through = device.browser.get(origin);
            assertThat(through.status()).as("the page after log-in: %s", through).isEqualTo(200);
            assertThat(through.body()).isEqualTo(Internet.BODY);
            return Poll.until("the device's session in Pita's store (chilli's Accounting Start)", WAIT,
                    () -> pita.store().sessions().onlineAtGateway(NASID).stream()
                            .filter(s -> s.ip().equals(device.ip())).findFirst(), java.util.Optional::isPresent)
                    .orElseThrow();
        }

        /** Waits until Pita's plan has a rate for each session and chilli applies exactly that rate. */
        private List<Bandwidth> awaitApplied(List<Session> sessions) {
            return Poll.until("chilli to apply Pita's planned rates", WAIT, () -> sessions.stream()
                    .map(s -> pita.livePlan().sessionRate(s.key()).orElse(Bandwidth.ZERO)).toList(), rates -> {
                        var entries = chilli.sessions();
                        for (int i = 0; i < sessions.size(); i++) {
                            var ip = sessions.get(i).ip();
                            var rate = rates.get(i);
                            if (rate.equals(Bandwidth.ZERO) || entries.stream().noneMatch(e -> e.ip().equals(ip)
                                    && e.authenticated() && e.maxDown() == rate.down() && e.maxUp() == rate.up())) {
                                return false;
                            }
                        }
                        return true;
                    });
        }

        /** Both devices download at once; returns their rates. */
        private double[] measureTogether(Device a, Device b) {
            var second = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> b.iperf(Internet.IPERF_PORT + 1, SECONDS, true));
            var first = a.iperf(Internet.IPERF_PORT, SECONDS, true);
            return new double[] {first, second.join()};
        }

        /** What the console does when Diskominfo closes the hotspots: save the district, then make it live. */
        private void closeHotspots() {
            var d = pita.district().current();
            var policies = new java.util.EnumMap<>(d.policies());
            var after = policies.get(Regime.AFTER_HOURS);
            policies.put(Regime.AFTER_HOURS, new RegimePolicy(Regime.AFTER_HOURS, after.office(), after.hotspot(),
                    false));
            var closed = new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), d.calendar(),
                    policies, d.citizenPlan());
            pita.store().districts().save(closed);
            pita.district().set(closed);
        }
    }

    static void assertWithin(double measured, double planned, String what) {
        assertWithin(measured, planned, what, RATE_TOLERANCE);
    }

    static void assertWithin(double measured, double expected, String what, double tolerance) {
        assertThat(measured).as("%s: measured %.0f against %.0f (±%.0f %%)", what, measured, expected,
                tolerance * 100).isBetween(expected * (1 - tolerance), expected * (1 + tolerance));
    }

    /** Jain's fairness index of two rates: 1 when equal, 0.5 when one gets everything. */
    static double jain(double x, double y) {
        return (x + y) * (x + y) / (2 * (x * x + y * y));
    }
}
