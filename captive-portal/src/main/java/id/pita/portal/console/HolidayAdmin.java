package id.pita.portal.console;

import id.pita.core.calendar.HolidayYear;
import id.pita.core.calendar.NationalCalendar;

/** The national holiday lists, one per year, as the console reads and replaces them. */
public interface HolidayAdmin {
    /** The lists in force. */
    NationalCalendar national();

    /** Replaces one year's list (store first, then the live calendar); {@code by} is recorded. */
    void replace(HolidayYear year, String by);

    /** No lists and no changes: for consoles built without them. */
    static HolidayAdmin none() {
        return new HolidayAdmin() {
            @Override
            public NationalCalendar national() {
                return NationalCalendar.empty();
            }

            @Override
            public void replace(HolidayYear year, String by) {
                throw ConsoleError.forbidden("this console holds no national holiday lists");
            }
        };
    }
}
