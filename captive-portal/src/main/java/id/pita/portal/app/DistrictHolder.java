package id.pita.portal.app;

import id.pita.core.Check;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.NationalCalendar;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.District;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live district and its regime calendar: the district's own calendar joined with the national holiday
 * lists ({@link NationalCalendar#applyTo}), which {@link #setNational} replaces when a year is imported. The store is the source of truth; whoever saves a district
 * there (the console) calls {@link #set} afterwards, and every reader (access policy, control loop, portal,
 * gateway directory) sees the new one on its next read. Thread-safe.
 */
public final class DistrictHolder {
    private static final Logger LOG = LoggerFactory.getLogger(DistrictHolder.class);

    /** One consistent pair, swapped at once. */
    private record Live(District district, NationalCalendar national, RegimeCalendar calendar) {
    }

    private final AtomicReference<Live> live;
    private final List<Consumer<District>> listeners = new CopyOnWriteArrayList<>();

    /** With the national lists shipped with Pita. */
    public DistrictHolder(District district) {
        this(district, IndonesianCalendars.shipped());
    }

    public DistrictHolder(District district, NationalCalendar national) {
        this.live = new AtomicReference<>(live(district, national));
    }

    private static Live live(District d, NationalCalendar national) {
        Check.notNull("district", d);
        Check.notNull("national", national);
        return new Live(d, national, new RegimeCalendar(national.applyTo(d.calendar()), d.zone()));
    }

    /** The national holiday lists in force. */
    public NationalCalendar national() {
        return live.get().national();
    }

    /** Replaces the national lists (already saved in the store) and tells the listeners. */
    public void setNational(NationalCalendar national) {
        var now = live.updateAndGet(l -> live(l.district(), national));
        LOG.info("National holiday lists are live: years {}", national.years().stream().map(y -> y.year()
                + (y.confirmed() ? "" : " (provisional)")).toList());
        for (var listener : listeners) {
            listener.accept(now.district());
        }
    }

    public District current() {
        return live.get().district();
    }

    public RegimeCalendar calendar() {
        return live.get().calendar();
    }

    /** Replaces the live district (already saved in the store) and tells the listeners. */
    public void set(District district) {
        live.updateAndGet(l -> live(district, l.national()));
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
