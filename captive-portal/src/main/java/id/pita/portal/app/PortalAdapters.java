package id.pita.portal.app;

import id.pita.core.district.Site;
import id.pita.core.session.MacAddress;
import id.pita.core.store.Store;
import id.pita.engine.access.DailyUsage;
import id.pita.engine.access.HotspotHours;
import id.pita.engine.access.LiveState;
import id.pita.engine.access.RegimeSource;
import id.pita.portal.citizen.Admission;
import id.pita.portal.citizen.AdmissionLimits;
import id.pita.portal.citizen.DeviceAllowance;
import id.pita.portal.citizen.DeviceLocator;
import id.pita.portal.citizen.DeviceUsage;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.citizen.OpenHours;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The citizen portal's questions answered from the live district, its calendar, the live plan and the
 * store, with the same rules the RADIUS access policy applies (so the splash never promises what the
 * engine then refuses). Thread-safe.
 */
final class PortalAdapters implements id.pita.portal.citizen.HotspotHours, DeviceUsage, DeviceLocator,
        AdmissionLimits {
    private final DistrictHolder district;
    private final RegimeSource regimes;
    private final DailyUsage usage;
    private final LiveState live;
    private final Store store;
    private volatile CachedHours hours;

    PortalAdapters(DistrictHolder district, RegimeSource regimes, DailyUsage usage, LiveState live, Store store) {
        this.district = district;
        this.regimes = regimes;
        this.usage = usage;
        this.live = live;
        this.store = store;
    }

    /**
     * Open by the regime's policy; the next change is the next boundary where that flips. The same for every
     * hotspot of the district, so it is computed once and kept until that change (or a district edit): the
     * calendar walk is the splash page's costliest step.
     */
    @Override
    public OpenHours at(Site site, Instant now) {
        var d = district.current();
        var cached = hours;
        if (cached != null && cached.district() == d && !now.isBefore(cached.from())
                && (cached.until() == null || now.isBefore(cached.until()))) {
            return cached.hours();
        }
        boolean open = HotspotHours.openAt(d, regimes.at(now));
        var next = open ? HotspotHours.nextClosing(regimes, d, now) : HotspotHours.nextOpening(regimes, d, now);
        var labelAt = next.orElse(now);
        var result = new OpenHours(open, next.map(t -> t.atZone(d.zone())).orElse(null),
                HotspotHours.zoneLabel(d.zone(), labelAt));
        hours = new CachedHours(d, now, next.orElse(null), result);
        return result;
    }

    /** Hotspot hours valid from {@code from} until {@code until} (null: no change known) for one district. */
    private record CachedHours(id.pita.core.district.District district, Instant from, Instant until,
                               OpenHours hours) {
    }

    /** Today's use (in the district's zone) against the citizen plan; online if it has a live session. */
    @Override
    public DeviceAllowance today(MacAddress mac, Instant now) {
        var d = district.current();
        var plan = d.citizenPlan();
        var used = usage.usedOn(mac.value(), now.atZone(d.zone()).toLocalDate(), d.zone());
        long secondsLeft = plan.dailyTime().isZero() ? DeviceAllowance.UNLIMITED
                : Math.max(0, plan.dailyTime().toSeconds() - used.seconds());
        long bytesLeft = plan.dailyDataBytes() == 0 ? DeviceAllowance.UNLIMITED
                : Math.max(0, plan.dailyDataBytes() - used.bytes());
        boolean online = online(mac);
        if (online && plan.throttles() && (secondsLeft == 0 || bytesLeft == 0)) {
            var reset = now.atZone(d.zone()).toLocalDate().plusDays(1).atStartOfDay(d.zone()).toInstant();
            return new DeviceAllowance(true, secondsLeft, bytesLeft, plan.throttleRate().down(),
                    id.pita.engine.access.HotspotHours.localTime(reset, reset, d.zone()));
        }
        return new DeviceAllowance(online, secondsLeft, bytesLeft);
    }

    private boolean online(MacAddress mac) {
        return store.sessions().isOnline(mac.value());
    }

    /**
     * The MAC of the online session at this IP (Framed-IP-Address), if exactly one device is online there:
     * hotspots often reuse one private range, and an address two devices share names neither.
     */
    @Override
    public Optional<MacAddress> byIp(String ip) {
        var macs = store.sessions().onlineMacsAt(ip, 2);
        return macs.size() == 1 ? Optional.of(MacAddress.parse(macs.get(0))) : Optional.empty();
    }

    /**
     * openNDS has no RADIUS, so the portal admits with these: the device's share of the site's planned rate
     * capped by the plan, the session until the plan's timeout or the closing, and today's data left.
     */
    @Override
    public Admission forDevice(Hotspot hotspot, MacAddress mac, Instant now) {
        var d = district.current();
        var plan = d.citizenPlan();
        var site = hotspot.site();
        var siteRate = live.siteRate(site.code()).filter(r -> r.down() > 0 && r.up() > 0).orElse(site.ceiling());
        long sharers = live.onlineSessions(site.code()) + 1L;
        var rate = new id.pita.core.district.Bandwidth(Math.max(1, siteRate.down() / sharers),
                Math.max(1, siteRate.up() / sharers)).min(plan.deviceCap());
        var allowance = today(mac, now);
        var minutes = plan.sessionTimeout();
        if (allowance.secondsLeft() != DeviceAllowance.UNLIMITED) {
            minutes = min(minutes, Duration.ofSeconds(allowance.secondsLeft()));
        }
        var closes = HotspotHours.nextClosing(regimes, d, now);
        if (closes.isPresent()) {
            minutes = min(minutes, Duration.between(now, closes.get()));
        }
        long quotaKb = allowance.bytesLeft() == DeviceAllowance.UNLIMITED ? 0
                : Math.max(1, allowance.bytesLeft() / 1000);
        return new Admission(Math.max(1, minutes.toMinutes()), Math.max(1, rate.up() / 1000),
                Math.max(1, rate.down() / 1000), quotaKb, quotaKb);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
