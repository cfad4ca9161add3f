package id.pita.portal.cli;

import id.pita.core.store.StoreInUseException;
import id.pita.core.store.StoreLock;
import java.nio.file.Path;

/** The store lock for commands that need a stopped installation, refusing in the chosen language. */
final class StoreLocks {
    private StoreLocks() {
    }

    static StoreLock exclusive(Path dataFile, Context context) {
        try {
            return StoreLock.acquire(dataFile);
        } catch (StoreInUseException e) {
            throw new Failures.Refused(context.pick("basis data " + dataFile + " sedang dipakai Pita yang berjalan; "
                    + "hentikan dulu (mis. systemctl stop pita)", e.getMessage()));
        }
    }
}
