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
import java.util.List;

/** The engine's reads from the store: online sessions, active boosts, a device's use today. Thread-safe. */
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
}
