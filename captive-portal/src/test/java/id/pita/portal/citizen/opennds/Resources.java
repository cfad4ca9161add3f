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
public final class Resources {
    private static final Pattern HOLE = Pattern.compile("\\$\\{[A-Za-z]+}");
    private Resources() {
    }

    static Path path(String name) {
        return resource("opennds/" + name);
    }

    /** A test resource by its path under {@code src/test/resources}. */
    public static Path resource(String path) {
        var url = Resources.class.getResource("/" + path);
        if (url == null) {
            throw new AssertionError("test resource " + path + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes resource {@code name} to {@code target} with every {@code ${key}} replaced; fails on a leftover. */
    static Path render(String name, Map<String, String> values, Path target) {
        return renderResource("opennds/" + name, values, target);
    }

    /** {@link #render} for any test resource, by its path under {@code src/test/resources}. */
    public static Path renderResource(String path, Map<String, String> values, Path target) {
        var name = path;
        try {
            var text = Files.readString(resource(path), StandardCharsets.UTF_8);
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
