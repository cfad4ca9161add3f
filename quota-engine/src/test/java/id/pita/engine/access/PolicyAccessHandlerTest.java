package id.pita.engine.access;

import static id.pita.engine.access.TestDistricts.GW_KOMINFO;
import static id.pita.engine.access.TestDistricts.GW_RSUD;
import static id.pita.engine.access.TestDistricts.GW_TAMAN;
import static id.pita.engine.access.TestDistricts.WIB;
import static id.pita.engine.access.TestDistricts.WITA;
import static id.pita.engine.access.TestDistricts.monday;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.credential.CitizenCredential;
import id.pita.core.credential.SingleNodeCredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.session.MacAddress;
import id.pita.core.testing.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PolicyAccessHandlerTest {
    private static final MacAddress PHONE = MacAddress.parse("aa-bb-cc-dd-ee-01");
    private final MutableClock clock = MutableClock.at(monday("10:00", WITA));
    private final AtomicReference<District> district = new AtomicReference<>(TestDistricts.paser());
    private final SingleNodeCredentialStore credentials =
            new SingleNodeCredentialStore(new SecureRandom(), Duration.ofMinutes(5), 100);
    private final FakeLiveState live = new FakeLiveState();
    private final Map<String, DeviceUsage> usage = new HashMap<>();
    private final AtomicReference<LocalDate> askedDay = new AtomicReference<>();
    private final PolicyAccessHandler handler = new PolicyAccessHandler(clock, district::get,
            TestDistricts.regimes(district.get()), credentials, live, this::usedOn);

    private DeviceUsage usedOn(String mac, LocalDate day, ZoneId zone) {
        assertThat(zone).isEqualTo(district.get().zone());
        askedDay.set(day);
        return usage.getOrDefault(mac, DeviceUsage.NONE);
    }

    private static AccessRequestInfo request(Gateway gw, String user, Optional<String> mac, String password) {
        return new AccessRequestInfo(gw, user, mac, Optional.empty(), Optional.empty(), password::equals);
    }

    private CitizenCredential mint() {
        return credentials.mint(GW_TAMAN.id(), GW_TAMAN.siteCode(), PHONE, clock.instant());
    }

    private AccessDecision citizen(CitizenCredential c) {
        return handler.decide(request(GW_TAMAN, c.username(), Optional.of("aa:bb:cc:dd:ee:01"), c.password()));
    }

    private static RateReply accepted(AccessDecision decision) {
        assertThat(decision).isInstanceOf(AccessDecision.Accept.class);
        return ((AccessDecision.Accept) decision).reply();
    }

    private static AccessDecision.Reject rejected(AccessDecision decision, String reason) {
        assertThat(decision).isInstanceOf(AccessDecision.Reject.class);
        var reject = (AccessDecision.Reject) decision;
        assertThat(reject.reason()).isEqualTo(reason);
        return reject;
    }

    @Test
    void acceptsOfficeLinkWithPlannedRateAndItsGuaranteeDuringOfficeHours() {
        live.sites.put("dinas-kominfo", Bandwidth.mbps(30, 25));
        var reply = accepted(handler.decide(request(GW_KOMINFO, "dinas-kominfo", Optional.empty(), "sandi-kominfo")));
        assertThat(reply.rate()).isEqualTo(Bandwidth.mbps(30, 25));
        assertThat(reply.guaranteed()).isEqualTo(Bandwidth.mbps(10, 10));
        assertThat(reply.sessionTimeout()).isEmpty();
        assertThat(reply.interimInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void officeLinkBeforeAnyPlanGetsGuaranteeInOfficeHoursAndCeilingAfterHours() {
        var day = accepted(handler.decide(request(GW_KOMINFO, "dinas-kominfo", Optional.empty(), "sandi-kominfo")));
        assertThat(day.rate()).isEqualTo(Bandwidth.mbps(10, 10));
        clock.set(monday("19:00", WITA));
        var night = accepted(handler.decide(request(GW_KOMINFO, "dinas-kominfo", Optional.empty(), "sandi-kominfo")));
        assertThat(night.rate()).isEqualTo(Bandwidth.mbps(50, 50));
        assertThat(night.guaranteed()).isEqualTo(Bandwidth.ZERO);
        var hospital = accepted(handler.decide(request(GW_RSUD, "rsud", Optional.empty(), "sandi-rsud")));
        assertThat(hospital.guaranteed()).isEqualTo(Bandwidth.mbps(20, 20));
    }

    @Test
    void rejectsOfficeCodeSentFromAnotherSitesGateway() {
        var reject = rejected(handler.decide(request(GW_TAMAN, "dinas-kominfo", Optional.empty(), "")),
                Rejects.OFFICE_WRONG_GATEWAY);
        assertThat(reject.messageId()).isNotBlank();
        assertThat(reject.messageEn()).contains("gateway");
        rejected(handler.decide(request(GW_TAMAN, "taman-kota", Optional.empty(), "")), Rejects.NOT_AN_OFFICE);
    }

    @Test
    void rejectsOfficeLinkWithAWrongPasswordAndOneWithoutAPasswordSet() {
        var wrong = rejected(handler.decide(request(GW_KOMINFO, "dinas-kominfo", Optional.empty(), "sandi-rsud")),
                Rejects.OFFICE_BAD_PASSWORD);
        assertThat(wrong.messageId()).isEqualTo("Kata sandi tautan kantor salah. Periksa pengaturan RADIUS router.");
        rejected(handler.decide(request(GW_KOMINFO, "dinas-kominfo", Optional.empty(), "")),
                Rejects.OFFICE_BAD_PASSWORD);
        var d = district.get();
        var sites = d.sites().stream().map(s -> s.code().equals("dinas-kominfo") ? s.withPassword("") : s).toList();
        district.set(new District(d.code(), d.name(), d.zone(), d.pool(), sites, d.gateways(), d.calendar(),
                d.policies(), d.citizenPlan()));
        var none = rejected(handler.decide(request(GW_KOMINFO, "dinas-kominfo", Optional.empty(), "")),
                Rejects.OFFICE_NO_PASSWORD);
        assertThat(none.messageId()).contains("konsol");
    }

    @Test
    void acceptsCitizenWithEqualShareAndTimeoutCutAtClosingTime() {
        clock.set(monday("06:00", WITA));
        live.sites.put("taman-kota", Bandwidth.mbps(9, 3));
        live.online.put("taman-kota", 2);
        usage.put(PHONE.value(), new DeviceUsage(100_000_000L, 3600));
        var reply = accepted(citizen(mint()));
        assertThat(reply.rate()).isEqualTo(Bandwidth.mbps(3, 1));
        assertThat(reply.guaranteed()).isEqualTo(Bandwidth.ZERO);
        // hotspot closes at 07:30 WITA when office hours start: 90 min, less than the 2 h session and 2 h left
        assertThat(reply.sessionTimeout()).contains(Duration.ofSeconds(5400));
        assertThat(reply.idleTimeout()).contains(Duration.ofMinutes(10));
        assertThat(reply.interimInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(reply.remainingBytes()).contains(400_000_000L);
        assertThat(askedDay.get()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void citizenRateIsCappedByDeviceAndTimeoutByTimeLeftToday() {
        clock.set(monday("19:00", WITA));
        live.sites.put("taman-kota", Bandwidth.mbps(40, 40));
        usage.put(PHONE.value(), new DeviceUsage(0, Duration.ofMinutes(150).toSeconds()));
        var reply = accepted(citizen(mint()));
        assertThat(reply.rate()).isEqualTo(Bandwidth.mbps(4, 2));
        assertThat(reply.sessionTimeout()).contains(Duration.ofMinutes(30));
    }

    @Test
    void citizenGetsTheSessionsPlannedRateWhenThePlanHasIt() {
        clock.set(monday("19:00", WITA));
        live.sites.put("taman-kota", Bandwidth.mbps(40, 40));
        live.sessions.put("gw-taman/8000001a", Bandwidth.mbps(1.5, 0.5));
        var c = mint();
        var req = new AccessRequestInfo(GW_TAMAN, c.username(), Optional.empty(), Optional.empty(),
                Optional.of("8000001a"), c.password()::equals);
        assertThat(accepted(handler.decide(req)).rate()).isEqualTo(Bandwidth.mbps(1.5, 0.5));
    }

    @Test
    void rejectsReusedCredential() {
        clock.set(monday("19:00", WITA));
        var c = mint();
        accepted(citizen(c));
        rejected(citizen(c), Rejects.UNKNOWN_CREDENTIAL);
    }

    @Test
    void rejectsCredentialFromAnotherDeviceOrGatewayOrWithWrongPassword() {
        clock.set(monday("19:00", WITA));
        var c = mint();
        rejected(handler.decide(request(GW_TAMAN, c.username(), Optional.of("AA:BB:CC:DD:EE:02"), c.password())),
                Rejects.MAC_MISMATCH);
        rejected(handler.decide(request(GW_KOMINFO, c.username(), Optional.empty(), c.password())),
                Rejects.CREDENTIAL_WRONG_GATEWAY);
        rejected(handler.decide(request(GW_TAMAN, c.username(), Optional.empty(), "guess")), Rejects.BAD_PASSWORD);
        // none of those used it up
        accepted(citizen(c));
    }

    @Test
    void closedHotspotSaysWhenItOpensInWita() {
        var reject = rejected(citizen(mint()), Rejects.HOTSPOT_CLOSED);
        assertThat(reject.messageId()).isEqualTo("WiFi publik buka pukul 16.00 WITA");
        assertThat(reject.messageEn()).isEqualTo("Public Wi-Fi opens at 16.00 WITA");
    }

    @Test
    void closedHotspotSaysWhenItOpensInWib() {
        district.set(TestDistricts.district(WIB, false));
        clock.set(monday("10:00", WIB));
        var wib = new PolicyAccessHandler(clock, district::get, TestDistricts.regimes(district.get()), credentials,
                live, this::usedOn);
        var c = mint();
        var reject = rejected(wib.decide(request(GW_TAMAN, c.username(), Optional.empty(), c.password())),
                Rejects.HOTSPOT_CLOSED);
        assertThat(reject.messageId()).isEqualTo("WiFi publik buka pukul 16.00 WIB");
    }

    @Test
    void rejectsCitizenWhoseDailyQuotaIsSpent() {
        clock.set(monday("19:00", WITA));
        usage.put(PHONE.value(), new DeviceUsage(500_000_000L, 60));
        var reject = rejected(citizen(mint()), Rejects.QUOTA_EXHAUSTED);
        assertThat(reject.messageId()).isEqualTo("Kuota harian Anda sudah habis. Silakan coba lagi besok.");
        usage.put(PHONE.value(), new DeviceUsage(0, Duration.ofHours(3).toSeconds()));
        rejected(citizen(mint()), Rejects.QUOTA_EXHAUSTED);
    }

    @Test
    void unknownUserIsRejectedPlainly() {
        rejected(handler.decide(request(GW_TAMAN, "nobody", Optional.empty(), "x")), Rejects.UNKNOWN_CREDENTIAL);
    }

    @Test
    void citizenOverQuotaUnderAThrottlingPlanIsAcceptedAtTheThrottleRateAndToldSo() {
        clock.set(monday("19:00", WITA));
        var d = TestDistricts.paser();
        var throttle = Bandwidth.mbps(0.256, 0.128);
        district.set(new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), d.calendar(),
                d.policies(), d.citizenPlan().withOverQuota(id.pita.core.district.OverQuota.THROTTLE, throttle)));
        usage.put(PHONE.value(), new DeviceUsage(500_000_000L, 60));
        var decision = (AccessDecision.Accept) citizen(mint());
        assertThat(decision.reply().rate()).isEqualTo(throttle);
        assertThat(decision.reply().remainingBytes()).isEmpty();
        assertThat(decision.messageId()).isEqualTo(
                "Kuota harian Anda sudah habis. Kecepatan dibatasi 256 kbit/s sampai kuota direset pukul 00.00 WITA.");
        assertThat(decision.messageEn()).isEqualTo(
                "Your daily quota is used up. Your speed is limited to 256 kbit/s until the quota resets at 00.00 WITA.");
        // the session still ends when the hotspot closes (Paser's test calendar: 07:30 the next morning)
        assertThat(decision.reply().sessionTimeout().orElseThrow()).isLessThanOrEqualTo(Duration.ofHours(2));
    }

    @Test
    void throttlingPlanNeedsARateWithinTheDeviceCap() {
        var plan = TestDistricts.PLAN;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.withOverQuota(
                id.pita.core.district.OverQuota.THROTTLE, Bandwidth.ZERO))
                .hasMessageContaining("throttleRate.down");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.withOverQuota(
                id.pita.core.district.OverQuota.THROTTLE, Bandwidth.mbps(10, 1)))
                .hasMessageContaining("within the device cap");
    }
}
