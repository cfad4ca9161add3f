package id.pita.portal.console;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the console shows and does for running Pita over years, apart from the district: the notices of the
 * moment (calendar, alerts) and the national holiday lists.
 *
 * @param notices what an operator must know now, newest concern first; shown as the dashboard's banner and
 *                in {@code /health}
 */
public record OpsPorts(Supplier<List<Notice>> notices, HolidayAdmin holidays) {
    public static OpsPorts none() {
        return new OpsPorts(List::of, HolidayAdmin.none());
    }
}
