package id.pita.engine.access;

import id.pita.core.calendar.RegimeState;
import id.pita.core.credential.CitizenCredential;
import id.pita.core.credential.CredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.District;
import id.pita.core.district.Site;
import id.pita.core.session.MacAddress;
import id.pita.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The citizen half of {@link PolicyAccessHandler}: one-time credential, opening hours, daily quota. */
final class CitizenAccess {
    private final RegimeSource regimes;
    private final CredentialStore credentials;
    private final LiveState live;
    private final DailyUsage usage;

    CitizenAccess(RegimeSource regimes, CredentialStore credentials, LiveState live, DailyUsage usage) {
        this.regimes = regimes;
        this.credentials = credentials;
        this.live = live;
        this.usage = usage;
    }

    RegimeState regimeAt(Instant now) {
        return regimes.at(now);
    }

    AccessDecision decide(AccessRequestInfo request, District d, Instant now) {
        var found = credentials.find(request.username(), now);
        if (found.isEmpty()) {
            return Rejects.unknownCredential();
        }
        var credential = found.get();
        if (!credential.gatewayId().equals(request.gateway().id())) {
            return Rejects.credentialWrongGateway();
        }
        if (request.mac().isPresent() && !sameMac(request.mac().get(), credential.mac())) {
            return Rejects.macMismatch();
        }
        if (!request.password().matches(credential.password())) {
            return Rejects.badPassword();
        }
        var site = d.site(credential.siteCode()).filter(Site::isHotspot);
        if (site.isEmpty()) {
            return Rejects.unknownSite();
        }
        return admit(request, credential, site.get(), d, now);
    }

    private AccessDecision admit(AccessRequestInfo request, CitizenCredential credential, Site site, District d,
                                 Instant now) {
        if (!HotspotHours.openAt(d, regimes.at(now))) {
            var opens = HotspotHours.nextOpening(regimes, d, now);
            return Rejects.hotspotClosed(opens.map(t -> HotspotHours.localTime(t, now, d.zone())).orElse(""));
        }
        var plan = d.citizenPlan();
        var used = usage.usedOn(credential.mac().value(), now.atZone(d.zone()).toLocalDate(), d.zone());
        var bytesLeft = plan.dailyDataBytes() == 0 ? Optional.<Long>empty()
                : Optional.of(plan.dailyDataBytes() - used.bytes());
        var timeLeft = plan.dailyTime().isZero() ? Optional.<Duration>empty()
                : Optional.of(plan.dailyTime().minusSeconds(used.seconds()));
        if (bytesLeft.map(b -> b <= 0).orElse(false) || timeLeft.map(t -> t.toSeconds() <= 0).orElse(false)) {
            return plan.throttles() ? throttled(credential, site, d, now) : Rejects.quotaExhausted();
        }
        if (!credentials.consume(credential.username(), now)) {
            return Rejects.credentialUsed();
        }
        var timeout = sessionTimeout(plan, timeLeft, HotspotHours.nextClosing(regimes, d, now), now);
        return new AccessDecision.Accept(new RateReply(rate(request, site, plan), Bandwidth.ZERO,
                Optional.of(timeout), Optional.of(plan.idleTimeout()), plan.interimInterval(), bytesLeft,
                "citizen:" + site.code()));
    }

    /**
     * Over quota under a plan that throttles: online at the throttle rate until the hotspot closes or the
     * session times out, with a Reply-Message that says so; no remaining-quota attribute (a zero there would
     * end the session at once on CoovaChilli).
     */
    private AccessDecision throttled(CitizenCredential credential, Site site, District d, Instant now) {
        if (!credentials.consume(credential.username(), now)) {
            return Rejects.credentialUsed();
        }
        var plan = d.citizenPlan();
        var timeout = sessionTimeout(plan, Optional.empty(), HotspotHours.nextClosing(regimes, d, now), now);
        var reset = now.atZone(d.zone()).toLocalDate().plusDays(1).atStartOfDay(d.zone()).toInstant();
        var resetAt = HotspotHours.localTime(reset, reset, d.zone());
        var rate = speed(plan.throttleRate().down());
        return new AccessDecision.Accept(new RateReply(plan.throttleRate(), Bandwidth.ZERO, Optional.of(timeout),
                Optional.of(plan.idleTimeout()), plan.interimInterval(), Optional.empty(), "citizen:" + site.code()),
                "Kuota harian Anda sudah habis. Kecepatan dibatasi " + rate + " sampai kuota direset pukul " + resetAt
                        + ".",
                "Your daily quota is used up. Your speed is limited to " + rate + " until the quota resets at "
                        + resetAt + ".");
    }

    /** {@code 256 kbit/s}, {@code 1,5 Mbit/s} (decimal comma, as Indonesian writes it). */
    static String speed(long bps) {
        if (bps >= 1_000_000) {
            var m = bps / 1e6;
            return (m == Math.rint(m) ? Long.toString((long) m) : String.format(java.util.Locale.ROOT, "%.1f", m)
                    .replace('.', ',')) + " Mbit/s";
        }
        return Math.max(1, Math.round(bps / 1e3)) + " kbit/s";
    }

    /** The session's planned rate if the plan has it, else an equal share of the site's with this device added. */
    private Bandwidth rate(AccessRequestInfo request, Site site, CitizenPlan plan) {
        var planned = request.acctSessionId()
                .flatMap(id -> live.sessionRate(request.gateway().id() + "/" + id))
                .filter(CitizenAccess::positive);
        if (planned.isPresent()) {
            return planned.get().min(plan.deviceCap());
        }
        var siteRate = live.siteRate(site.code()).filter(CitizenAccess::positive).orElse(site.ceiling());
        long sharers = live.onlineSessions(site.code()) + 1L;
        var share = new Bandwidth(Math.max(1, siteRate.down() / sharers), Math.max(1, siteRate.up() / sharers));
        return share.min(plan.deviceCap());
    }

    /** The plan's session timeout, cut to what is left of today's time and to the hotspot's closing. */
    static Duration sessionTimeout(CitizenPlan plan, Optional<Duration> timeLeft, Optional<Instant> closes,
                                   Instant now) {
        var timeout = plan.sessionTimeout();
        if (timeLeft.isPresent() && timeLeft.get().compareTo(timeout) < 0) {
            timeout = timeLeft.get();
        }
        if (closes.isPresent()) {
            var untilClose = Duration.between(now, closes.get());
            if (untilClose.compareTo(timeout) < 0) {
                timeout = untilClose;
            }
        }
        return timeout.toSeconds() < 1 ? Duration.ofSeconds(1) : Duration.ofSeconds(timeout.toSeconds());
    }

    private static boolean positive(Bandwidth b) {
        return b.down() > 0 && b.up() > 0;
    }

    private static boolean sameMac(String sent, MacAddress bound) {
        try {
            return MacAddress.parse(sent).equals(bound);
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
