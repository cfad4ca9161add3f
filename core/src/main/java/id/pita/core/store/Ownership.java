package id.pita.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Files an operator makes as root in Pita's data directory ({@code sudo pita restore}, {@code sudo pita backup})
 * must stay usable by the service's own user: when running as root, a new file gets the owner and group of its
 * directory ({@code pita:pita} for {@code /var/lib/pita}). Otherwise nothing changes.
 */
final class Ownership {
    private Ownership() {
    }

    static void matchDirectory(Path file) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        var dir = file.toAbsolutePath().getParent();
        try {
            var parent = Files.readAttributes(dir, PosixFileAttributes.class);
            var view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null) {
                view.setOwner(parent.owner());
                view.setGroup(parent.group());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file stays root's, as it would without this.
        }
    }
}
