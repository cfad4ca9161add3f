package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;
import java.time.Instant;

/**
 * The limits for a citizen device admitted at an openNDS hotspot, which has no RADIUS: the integrator wires
 * this to the engine's access policy (plan caps, time to closing, quota left). Thread-safe.
 */
@FunctionalInterface
public interface AdmissionLimits {
    Admission forDevice(Hotspot hotspot, MacAddress mac, Instant now);
}
