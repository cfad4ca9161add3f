package id.pita.core.config;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pita.core.district.District;
import id.pita.core.store.Store;

/**
 * Puts a district into the store: the file is read and validated completely before the store is
 * touched, and the district is then replaced in one transaction, so a broken file changes nothing.
 */
public final class DistrictImporter {
    private static final Logger LOG = LoggerFactory.getLogger(DistrictImporter.class);

    private DistrictImporter() {
    }

    /** Replaces the district's configuration in the store (the record is already valid). */
    public static void importInto(Store store, District district) {
        store.districts().save(district);
        LOG.info("Imported district {} ({} sites, {} gateways)", district.code(), district.sites().size(),
                district.gateways().size());
    }

    /** Reads and validates a district file, then imports it; throws {@link DistrictFileException} first if broken. */
    public static District importFile(Store store, Path file) {
        return importFile(store, file, HolidayIncludes.classpath());
    }

    public static District importFile(Store store, Path file, HolidayIncludes includes) {
        var district = new DistrictFile(includes).read(file);
        importInto(store, district);
        return district;
    }
}
