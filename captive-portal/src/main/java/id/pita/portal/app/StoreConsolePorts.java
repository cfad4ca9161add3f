package id.pita.portal.app;

import id.pita.core.district.Boost;
import id.pita.core.district.BoostState;
import id.pita.core.district.District;
import id.pita.core.store.Store;
import id.pita.portal.console.BoostAdmin;
import id.pita.portal.console.DistrictAdmin;
import id.pita.portal.report.UsageRow;
import id.pita.portal.report.UsageSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The console's district, boosts and usage on the store. A saved district goes live at once
 * through the {@link DistrictHolder}. Thread-safe (the store serialises writes).
 */
final class StoreConsolePorts implements DistrictAdmin, BoostAdmin, UsageSource {
    private final Store store;
    private final DistrictHolder holder;

    StoreConsolePorts(Store store, DistrictHolder holder) {
        this.store = store;
        this.holder = holder;
    }

    @Override
    public District load() {
        return holder.current();
    }

    @Override
    public synchronized void save(District district) {
        store.districts().save(district);
        holder.set(district);
    }

    @Override
    public Boost create(Boost boost) {
        return store.boosts().request(boost);
    }

    @Override
    public Optional<Boost> find(long id) {
        return store.boosts().byId(id);
    }

    /** Every site's boosts, newest window first. */
    @Override
    public List<Boost> all() {
        return holder.current().sites().stream().flatMap(s -> store.boosts().bySite(s.code()).stream())
                .sorted((a, b) -> b.from().compareTo(a.from()) != 0 ? b.from().compareTo(a.from())
                        : Long.compare(b.id(), a.id()))
                .toList();
    }

    @Override
    public void update(Boost boost) {
        if (boost.state() != BoostState.REQUESTED && store.boosts().decide(boost.id(), boost.state(),
                boost.decidedBy()).isEmpty()) {
            throw new id.pita.portal.console.ConsoleError(409, "conflict", "boost " + boost.id()
                    + " changed meanwhile");
        }
    }

    @Override
    public List<UsageRow> hours(Instant from, Instant to) {
        return store.usage().between(from, to).stream()
                .map(u -> new UsageRow(u.siteCode(), u.kind(), u.hourStart(), u.uploadBytes(), u.downloadBytes()))
                .toList();
    }

    @Override
    public java.util.Map<String, Long> sessionsStarted(Instant from, Instant to) {
        return store.sessions().startedPerSite(from, to);
    }
}
