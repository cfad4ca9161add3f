package id.pita.portal.citizen;

import id.pita.core.Check;
import id.pita.core.credential.CredentialStore;
import java.time.Clock;

/**
 * Everything the citizen portal needs from the rest of Pita, wired by the integrator. All members are
 * thread-safe. {@code directory}, {@code hours}, {@code macHasher} and {@code clock} are called on the event loop
 * and must not block; {@code usage}, {@code locator}, {@code vouchers}, {@code admissionLimits} and
 * {@code credentials} may read the store: the portal calls them on a worker thread (login, status, captive API).
 */
public record PortalServices(HotspotDirectory directory, HotspotHours hours, DeviceUsage usage,
                             DeviceLocator locator, VoucherCheck vouchers, AdmissionLimits admissionLimits,
                             CredentialStore credentials, MacHasher macHasher, Clock clock,
                             PortalSettings settings) {
    public PortalServices {
        Check.notNull("directory", directory);
        Check.notNull("hours", hours);
        Check.notNull("usage", usage);
        Check.notNull("locator", locator);
        Check.notNull("vouchers", vouchers);
        Check.notNull("admissionLimits", admissionLimits);
        Check.notNull("credentials", credentials);
        Check.notNull("macHasher", macHasher);
        Check.notNull("clock", clock);
        Check.notNull("settings", settings);
    }
}
