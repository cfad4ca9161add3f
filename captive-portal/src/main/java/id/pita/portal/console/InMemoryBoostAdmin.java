package id.pita.portal.console;

import id.pita.core.district.Boost;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link BoostAdmin} in memory. Thread-safe. */
public final class InMemoryBoostAdmin implements BoostAdmin {
    private final Map<Long, Boost> boosts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Boost create(Boost b) {
        var stored = new Boost(ids.incrementAndGet(), b.siteCode(), b.extra(), b.from(), b.until(), b.reason(),
                b.state(), b.requestedBy(), b.decidedBy());
        boosts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Boost> find(long id) {
        return Optional.ofNullable(boosts.get(id));
    }

    @Override
    public List<Boost> all() {
        return boosts.values().stream().sorted(Comparator.comparingLong(Boost::id).reversed()).toList();
    }

    @Override
    public void update(Boost b) {
        boosts.put(b.id(), b);
    }
}
