package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.OverQuota;
import id.pita.core.session.MacAddress;
import id.pita.core.testing.MutableClock;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.PolicyAccessHandler;
import id.pita.engine.access.TestDistricts;
import id.pita.engine.control.LivePlan;
import id.pita.engine.metrics.EngineMetrics;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 4 through Debian's radclient: a citizen whose daily data is spent logs in with a fresh portal
 * credential. A plan that disconnects rejects it; a plan that throttles accepts it at the throttle rate with a
 * Reply-Message in Bahasa Indonesia.
 */
class OverQuotaThrottleIT {
    private static final MacAddress PHONE = MacAddress.parse("AA-BB-CC-DD-EE-01");
    private final MutableClock clock = MutableClock.at(TestDistricts.monday("19:00", TestDistricts.WITA));
    private final AtomicReference<District> district = new AtomicReference<>(TestDistricts.paser());
    private final SingleNodeCredentialStore credentials = new SingleNodeCredentialStore(new SecureRandom(),
            Duration.ofMinutes(2), 10);
    private RadiusServer server;
    private RadiusServer.Bound bound;

    @BeforeAll
    static void radclientIsInstalled() {
        Radclient.requireInstalled();
    }

    @BeforeEach
    void start() throws Exception {
        var gateway = TestDistricts.GW_TAMAN;
        var local = new id.pita.core.district.Gateway(gateway.id(), gateway.siteCode(), "127.0.0.1", Fixtures.SECRET,
                gateway.vendor(), gateway.coaPort(), gateway.messageAuthenticator(), gateway.portalSecret());
        var handler = new PolicyAccessHandler(clock, district::get, TestDistricts.regimes(TestDistricts.paser()),
                credentials, new LivePlan(), (mac, day, zone) -> new DeviceUsage(500_000_000L, 600));
        server = new RadiusServer(RadiusServerConfig.loopbackEphemeral(),
                addr -> addr.getHostAddress().equals("127.0.0.1") ? Optional.of(local) : Optional.empty(),
                handler, rec -> CompletableFuture.completedFuture(null), new EngineMetrics(), clock);
        bound = server.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Radclient.Result login() throws Exception {
        var c = credentials.mint("gw-taman", "taman-kota", PHONE, clock.instant());
        return Radclient.send(bound.auth(), "auth", Fixtures.SECRET, 1, "User-Name = \"" + c.username()
                + "\", User-Password = \"" + c.password() + "\", Calling-Station-Id = \"AA-BB-CC-DD-EE-01\", "
                + "Message-Authenticator = 0x00\n");
    }

    @Test
    void disconnectPlanRejectsAndThrottlePlanAcceptsAtTheThrottleRate() throws Exception {
        var refused = login();
        assertThat(refused.output()).contains("Access-Reject")
                .contains("Reply-Message = \"Kuota harian Anda sudah habis. Silakan coba lagi besok.\"");

        var d = TestDistricts.paser();
        district.set(new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), d.calendar(),
                d.policies(), d.citizenPlan().withOverQuota(OverQuota.THROTTLE, Bandwidth.mbps(0.256, 0.128))));
        var throttled = login();
        assertThat(throttled.output()).contains("Access-Accept")
                .contains("Reply-Message = \"Kuota harian Anda sudah habis. Kecepatan dibatasi 256 kbit/s sampai "
                        + "kuota direset pukul 00.00 WITA.\"")
                // MikroTik rx/tx from the router's side: client upload 128k, download 256k
                .containsPattern("Mikrotik-Rate-Limit = \"128k/256k");
    }
}
