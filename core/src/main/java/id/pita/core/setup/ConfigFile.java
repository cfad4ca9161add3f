package id.pita.core.setup;

import id.pita.core.Check;

/**
 * One generated file: its name on the gateway, what to do with it, and its content (which holds secrets).
 *
 * @param name    the file name, e.g. {@code pita-setup.rsc}
 * @param howToId how to apply it, in Bahasa Indonesia
 * @param howToEn how to apply it, in English
 */
public record ConfigFile(String name, String howToId, String howToEn, String content) {
    public ConfigFile {
        Check.notBlank("name", name);
        Check.notBlank("howToId", howToId);
        Check.notBlank("howToEn", howToEn);
        Check.notNull("content", content);
    }

    @Override
    public String toString() {
        return "ConfigFile[" + name + ", " + content.length() + " chars]";
    }
}
