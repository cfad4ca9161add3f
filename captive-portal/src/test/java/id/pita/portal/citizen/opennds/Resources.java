package id.pita.portal.citizen.opennds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/** The test's files under {@code src/test/resources/opennds/}, and filling in their {@code ${name}} holes. */
final class Resources {
    private static final Pattern HOLE = Pattern.compile("\\$\\{[A-Za-z]+}");
    private Resources() {
    }

    static Path path(String name) {
        var url = Resources.class.getResource("/opennds/" + name);
        if (url == null) {
            throw new AssertionError("test resource opennds/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes resource {@code name} to {@code target} with every {@code ${key}} replaced; fails on a leftover. */
    static Path render(String name, Map<String, String> values, Path target) {
        try {
            var text = Files.readString(path(name), StandardCharsets.UTF_8);
            for (var e : values.entrySet()) {
                text = text.replace("${" + e.getKey() + "}", e.getValue());
            }
            if (HOLE.matcher(text).find()) {
                throw new AssertionError("unfilled placeholder in " + name + ":\n" + text);
            }
            return Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
