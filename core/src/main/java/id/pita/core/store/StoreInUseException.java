package id.pita.core.store;

import id.pita.core.PitaException;
import java.nio.file.Path;

/** The database is held by a running Pita (its {@link StoreLock}); the operation must wait until it is stopped. */
public final class StoreInUseException extends PitaException {
    private static final long serialVersionUID = 1L;

    private final transient Path dataFile;

    public StoreInUseException(Path dataFile) {
        super("the database " + dataFile + " is in use by a running Pita (stop it first, e.g. systemctl stop pita)");
        this.dataFile = dataFile;
    }

    public Path dataFile() {
        return dataFile;
    }
}
