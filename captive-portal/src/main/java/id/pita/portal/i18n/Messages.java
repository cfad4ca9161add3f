package id.pita.portal.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Message bundles {@code /portal/messages_id.properties} and {@code /portal/messages_en.properties} (UTF-8).
 * {@code {0}}, {@code {1}}… are replaced verbatim (no MessageFormat, so apostrophes need no quoting); callers
 * escape the result for HTML. A key missing in English falls back to Bahasa Indonesia; a key missing in both
 * is a programming error and throws at once. Immutable and thread-safe.
 */
public final class Messages {
    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    private Messages() {
        for (var lang : Lang.values()) {
            bundles.put(lang, load("/portal/messages_" + lang.code() + ".properties"));
        }
    }

    /** The bundles shipped in the jar. */
    public static Messages load() {
        return new Messages();
    }

    public String get(Lang lang, String key, Object... args) {
        var text = bundles.get(lang).getProperty(key);
        if (text == null) {
            text = bundles.get(Lang.ID).getProperty(key);
        }
        if (text == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** True when the key exists in the Bahasa Indonesia bundle. */
    public boolean has(String key) {
        return bundles.get(Lang.ID).containsKey(key);
    }

    private static Properties load(String resource) {
        var props = new Properties();
        try (var in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
