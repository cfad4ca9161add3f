package id.pita.core.config;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pita.core.district.District;

/** The demo districts shipped on the classpath under {@code districts/<name>.yaml}. */
public final class DistrictFiles {
    private DistrictFiles() {
    }

    /** Names of the demo districts: {@code paser}, {@code kotawaringin-timur}. */
    public static List<String> demoNames() {
        return DistrictFile.demoNames();
    }

    /** Loads a demo district with the classpath holiday lists. */
    public static District demo(String name) {
        return demo(name, HolidayIncludes.classpath());
    }

    /**
     * The placeholder served on a first start without a district: no sites, no gateways, hence no secrets
     * ({@code districts/first-run.yaml}). Not a demo, and not listed among them.
     */
    public static District firstRun() {
        return demo("first-run", HolidayIncludes.classpath());
    }

    public static District demo(String name, HolidayIncludes includes) {
        var resource = "districts/" + name + ".yaml";
        var in = DistrictFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DistrictFileException(resource, 1, 1, "", "no such demo district (have " + demoNames() + ")");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new DistrictFile(includes).read(name + ".yaml", reader);
        } catch (java.io.IOException e) {
            throw new DistrictFileException(resource, 1, 1, "", "cannot read: " + e.getMessage());
        }
    }
}
