package id.pita.core.store;

import id.pita.core.PitaException;
import java.util.List;

/** The database holds schema versions this Pita does not know: a newer Pita made it. Nothing was changed. */
public final class SchemaTooNewException extends PitaException {
    private static final long serialVersionUID = 1L;

    public SchemaTooNewException(String database, List<Integer> unknown, int latestKnown) {
        super("the database " + database + " was made by a newer version of Pita (schema versions " + unknown
                + " unknown here; this version knows up to " + latestKnown + "): install that newer version again, "
                + "or restore a backup made with this one; nothing was changed");
    }
}
