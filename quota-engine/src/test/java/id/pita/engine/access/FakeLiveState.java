package id.pita.engine.access;

import id.pita.core.district.Bandwidth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A plan set by hand. */
final class FakeLiveState implements LiveState {
    final Map<String, Bandwidth> sites = new HashMap<>();
    final Map<String, Bandwidth> sessions = new HashMap<>();
    final Map<String, Integer> online = new HashMap<>();

    @Override
    public Optional<Bandwidth> siteRate(String siteCode) {
        return Optional.ofNullable(sites.get(siteCode));
    }

    @Override
    public Optional<Bandwidth> sessionRate(String sessionKey) {
        return Optional.ofNullable(sessions.get(sessionKey));
    }

    @Override
    public int onlineSessions(String siteCode) {
        return online.getOrDefault(siteCode, 0);
    }
}
