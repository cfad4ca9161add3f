package id.pita.portal.app;

import id.pita.core.calendar.HolidayYear;
import id.pita.core.calendar.NationalCalendar;
import id.pita.core.store.Store;
import id.pita.portal.console.HolidayAdmin;

/** The national holiday lists: stored first, then made live in the {@link DistrictHolder}. Thread-safe. */
final class StoreHolidays implements HolidayAdmin {
    private final Store store;
    private final DistrictHolder district;

    StoreHolidays(Store store, DistrictHolder district) {
        this.store = store;
        this.district = district;
    }

    @Override
    public NationalCalendar national() {
        return district.national();
    }

    @Override
    public synchronized void replace(HolidayYear year, String by) {
        store.holidays().replace(year, by);
        district.setNational(store.holidays().national());
    }
}
