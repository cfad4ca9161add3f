package id.pita.portal.console;

import id.pita.core.district.District;

/** Port: the district configuration the console edits. A saved district is picked up live by the engine. */
public interface DistrictAdmin {
    District load();

    void save(District district);
}
