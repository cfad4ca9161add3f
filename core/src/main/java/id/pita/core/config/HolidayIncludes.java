package id.pita.core.config;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where {@code holidays: {include: [id-2026]}} finds a holiday list. The list is a YAML sequence of
 * {@code {date: 2026-01-01, name: "Tahun Baru 2026 Masehi", kind: NATIONAL}} ({@code kind} NATIONAL or
 * CUTI_BERSAMA).
 */
@FunctionalInterface
public interface HolidayIncludes {
    /** The list called {@code name}, or empty if there is none. */
    Optional<Reader> open(String name);

    /** The file name errors should show for the list called {@code name}. */
    default String fileName(String name) {
        return resource(name);
    }

    /** The classpath resource for a list: {@code calendar/holidays-<name>.yaml}. */
    static String resource(String name) {
        return "calendar/holidays-" + name + ".yaml";
    }

    /** Lists from the classpath, {@code calendar/holidays-<name>.yaml}. */
    static HolidayIncludes classpath() {
        return name -> {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                return Optional.empty();
            }
            var in = HolidayIncludes.class.getClassLoader().getResourceAsStream(resource(name));
            return Optional.ofNullable(in).map(s -> new InputStreamReader(s, StandardCharsets.UTF_8));
        };
    }
}
