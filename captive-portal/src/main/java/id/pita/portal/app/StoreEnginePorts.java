package id.pita.portal.app;

import id.pita.core.district.Boost;
import id.pita.core.session.Session;
import id.pita.core.store.Store;
import id.pita.engine.access.DailyUsage;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.control.SessionSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's reads from the store: online sessions, active boosts, a device's use today (one device at a log-in,
 * every online device at once for a control round). Thread-safe.
 */
final class StoreEnginePorts implements SessionSource, DailyUsage {
    private final Store store;

    StoreEnginePorts(Store store) {
        this.store = store;
    }

    @Override
    public List<Session> onlineSessions() {
        return store.sessions().online();
    }

    @Override
    public List<Boost> boosts(Instant now) {
        return store.boosts().activeAt(now);
    }

    @Override
    public DeviceUsage usedOn(String mac, LocalDate day, ZoneId zone) {
        var used = store.sessions().dailyUsage(mac, day, zone);
        return new DeviceUsage(used.bytes(), used.seconds());
    }

    /** One read for every device online; a device whose session ended since the round read it, one read of its own. */
    @Override
    public Map<String, DeviceUsage> usedOnAll(Set<String> macs, LocalDate day, ZoneId zone) {
        var online = store.sessions().dailyUsageOfOnline(day, zone);
        var used = new HashMap<String, DeviceUsage>(macs.size() * 2);
        for (var mac : macs) {
            var u = online.get(mac);
            used.put(mac, u == null ? usedOn(mac, day, zone) : new DeviceUsage(u.bytes(), u.seconds()));
        }
        return used;
    }
}
