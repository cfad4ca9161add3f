package id.pita.portal.app;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Site;
import id.pita.core.session.Session;
import id.pita.engine.access.DailyUsage;
import id.pita.engine.access.HotspotHours;
import id.pita.engine.access.RateReply;
import id.pita.engine.access.RegimeSource;
import id.pita.core.calendar.Regime;
import id.pita.engine.control.Push;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The complete reply a CoA carries with a new rate: what the Access-Accept gave, recomputed now. For a
 * citizen: the plan's session timeout less the time already online, cut at the hotspot's closing; the idle
 * timeout; the data left today. For an office link: the guaranteed part while its guarantee holds.
 * Thread-safe.
 */
final class PushReplies {
    private final RegimeSource regimes;
    private final DailyUsage usage;
    private final Clock clock;

    PushReplies(RegimeSource regimes, DailyUsage usage, Clock clock) {
        this.regimes = regimes;
        this.usage = usage;
        this.clock = clock;
    }

    RateReply reply(District d, Push.RateChange change, Optional<Session> session) {
        var plan = d.citizenPlan();
        var site = session.flatMap(s -> d.site(s.siteCode()));
        var now = clock.instant();
        if (site.isEmpty() || !site.get().isHotspot()) {
            return new RateReply(change.rate(), guaranteed(site, change.rate(), now), Optional.empty(),
                    Optional.empty(), plan.interimInterval(), Optional.empty(),
                    site.map(s -> "office:" + s.code()).orElse(""));
        }
        var s = session.get();
        var used = s.mac().isEmpty() ? id.pita.engine.access.DeviceUsage.NONE
                : usage.usedOn(s.mac(), now.atZone(d.zone()).toLocalDate(), d.zone());
        // A throttled citizen (quota spent, the plan throttles) gets no remaining-quota attribute: a zero there
        // would end the session on CoovaChilli.
        var bytesLeft = plan.dailyDataBytes() == 0 || plan.throttles() && used.bytes() >= plan.dailyDataBytes()
                ? Optional.<Long>empty() : Optional.of(Math.max(0, plan.dailyDataBytes() - used.bytes()));
        var timeout = plan.sessionTimeout().minus(Duration.between(s.started(), now));
        var closes = HotspotHours.nextClosing(regimes, d, now);
        if (closes.isPresent() && Duration.between(now, closes.get()).compareTo(timeout) < 0) {
            timeout = Duration.between(now, closes.get());
        }
        timeout = timeout.toSeconds() < 1 ? Duration.ofSeconds(1) : Duration.ofSeconds(timeout.toSeconds());
        return new RateReply(change.rate(), Bandwidth.ZERO, Optional.of(timeout), Optional.of(plan.idleTimeout()),
                plan.interimInterval(), bytesLeft, "citizen:" + site.get().code());
    }

    private Bandwidth guaranteed(Optional<Site> site, Bandwidth rate, Instant now) {
        if (site.isEmpty()) {
            return Bandwidth.ZERO;
        }
        boolean holds = site.get().alwaysOn() || regimes.at(now).regime() == Regime.OFFICE_HOURS;
        return holds ? site.get().guarantee().min(rate) : Bandwidth.ZERO;
    }
}
