package id.pita.portal.console;

import id.pita.core.setup.ConfigFile;
import id.pita.core.store.NodeRepository.Node;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the console shows and does for running Pita over years, apart from the district: the notices of the
 * moment (calendar, alerts), the national holiday lists and the generated gateway configurations.
 *
 * @param notices      what an operator must know now; shown as the dashboard's banner and in {@code /health}
 * @param gatewaySetup the files to paste on a gateway, by gateway id (secrets included: admins only)
 * @param nodes        the Pita nodes serving this database and which one leads (admins only)
 */
public record OpsPorts(Supplier<List<Notice>> notices, HolidayAdmin holidays,
                       Function<String, List<ConfigFile>> gatewaySetup, Supplier<List<Node>> nodes) {
    public static OpsPorts none() {
        return new OpsPorts(List::of, HolidayAdmin.none(), id -> {
            throw ConsoleError.notFound("this console generates no gateway configurations");
        }, List::of);
    }
}
