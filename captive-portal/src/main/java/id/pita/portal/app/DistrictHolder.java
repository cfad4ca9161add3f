package id.pita.portal.app;

import id.pita.core.Check;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.District;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live district and its regime calendar. The store is the source of truth; whoever saves a district
 * there (the console) calls {@link #set} afterwards, and every reader (access policy, control loop, portal,
 * gateway directory) sees the new one on its next read. Thread-safe.
 */
public final class DistrictHolder {
    private static final Logger LOG = LoggerFactory.getLogger(DistrictHolder.class);

    /** One consistent pair, swapped at once. */
    private record Live(District district, RegimeCalendar calendar) {
    }

    private final AtomicReference<Live> live;
    private final List<Consumer<District>> listeners = new CopyOnWriteArrayList<>();

    public DistrictHolder(District district) {
        this.live = new AtomicReference<>(live(district));
    }

    private static Live live(District d) {
        Check.notNull("district", d);
        return new Live(d, new RegimeCalendar(d.calendar(), d.zone()));
    }

    public District current() {
        return live.get().district();
    }

    public RegimeCalendar calendar() {
        return live.get().calendar();
    }

    /** Replaces the live district (already saved in the store) and tells the listeners. */
    public void set(District district) {
        live.set(live(district));
        LOG.info("District {} is live: {} sites, {} gateways", district.code(), district.sites().size(),
                district.gateways().size());
        for (var listener : listeners) {
            listener.accept(district);
        }
    }

    /** Called after every {@link #set}, on the caller's thread. */
    public void onChange(Consumer<District> listener) {
        listeners.add(Check.notNull("listener", listener));
    }
}
