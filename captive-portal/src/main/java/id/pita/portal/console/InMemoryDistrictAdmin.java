package id.pita.portal.console;

import id.pita.core.district.District;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link DistrictAdmin} holding one district in memory. Thread-safe. */
public final class InMemoryDistrictAdmin implements DistrictAdmin {
    private final AtomicReference<District> district;

    public InMemoryDistrictAdmin(District initial) {
        this.district = new AtomicReference<>(initial);
    }

    @Override
    public District load() {
        return district.get();
    }

    @Override
    public void save(District d) {
        district.set(d);
    }
}
