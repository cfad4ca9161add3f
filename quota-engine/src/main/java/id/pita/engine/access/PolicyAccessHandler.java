package id.pita.engine.access;

import id.pita.core.Check;
import id.pita.core.calendar.Regime;
import id.pita.core.credential.CredentialStore;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Site;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pita's access policy (ARCHITECTURE §4): an office link or a citizen device, or nothing.
 *
 * <p><b>Office link.</b> The user name is the code of the OFFICE site that the requesting gateway
 * serves ({@code gateway.siteCode}), and the password (PAP or CHAP) is the site's own office
 * password, compared in constant time. The server has already checked the packet's source address,
 * shared secret and Message-Authenticator; the site password keeps a router that shares a secret, or
 * a device behind it, from claiming the office's guaranteed link. An office code sent from any other
 * gateway, a wrong password, or an office that has no password set yet is rejected.
 *
 * <p><b>Citizen device.</b> A one-time credential the portal minted for one MAC at one gateway:
 * it must be found, bound to this gateway and (when the gateway sends one) this MAC, its password
 * must match the request's PAP or CHAP proof, the hotspot must be open now and the device's daily
 * quota not spent; only then is it consumed, so a second use is rejected.
 *
 * <p>Thread-safe: holds no mutable state of its own; reads the district, plan and calendar live.
 */
public final class PolicyAccessHandler implements AccessHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyAccessHandler.class);

    private final Clock clock;
    private final Supplier<District> district;
    private final LiveState live;
    private final CitizenAccess citizens;

    public PolicyAccessHandler(Clock clock, Supplier<District> district, RegimeSource regimes,
                               CredentialStore credentials, LiveState live, DailyUsage usage) {
        this.clock = Check.notNull("clock", clock);
        this.district = Check.notNull("district", district);
        this.live = Check.notNull("live", live);
        this.citizens = new CitizenAccess(Check.notNull("regimes", regimes),
                Check.notNull("credentials", credentials), live, Check.notNull("usage", usage));
    }

    @Override
    public AccessDecision decide(AccessRequestInfo request) {
        var now = clock.instant();
        var d = district.get();
        var decision = d.site(request.username())
                .map(site -> office(request, site, d, now))
                .orElseGet(() -> citizens.decide(request, d, now));
        if (decision instanceof AccessDecision.Reject reject) {
            LOG.debug("Reject {} at gateway {}: {}", request.username(), request.gateway().id(), reject.reason());
        }
        return decision;
    }

    private AccessDecision office(AccessRequestInfo request, Site site, District d, Instant now) {
        if (site.isHotspot()) {
            return Rejects.notAnOffice();
        }
        if (!site.code().equals(request.gateway().siteCode())) {
            return Rejects.officeWrongGateway();
        }
        if (!site.hasPassword()) {
            return Rejects.officeNoPassword();
        }
        if (!request.password().matches(site.password())) {
            return Rejects.officeBadPassword();
        }
        var officeHours = citizens.regimeAt(now).regime() == Regime.OFFICE_HOURS;
        var rate = officeRate(site, officeHours);
        var guaranteed = officeHours || site.alwaysOn() ? site.guarantee().min(rate) : Bandwidth.ZERO;
        return new AccessDecision.Accept(new RateReply(rate, guaranteed, Optional.empty(), Optional.empty(),
                d.citizenPlan().interimInterval(), Optional.empty(), "office:" + site.code()));
    }

    /**
     * The planned rate; before any plan, the guarantee in office hours (the ceiling if it has none) and
     * the ceiling after hours. Never zero: MikroTik reads a zero rate as unlimited.
     */
    private Bandwidth officeRate(Site site, boolean officeHours) {
        return live.siteRate(site.code())
                .filter(r -> r.down() > 0 && r.up() > 0)
                .orElse(officeHours && site.guarantee().down() > 0 && site.guarantee().up() > 0
                        ? site.guarantee() : site.ceiling());
    }
}
