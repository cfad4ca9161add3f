package id.pita.portal.citizen;

import id.pita.core.credential.CitizenCredential;
import id.pita.core.credential.CredentialsExhaustedException;
import id.pita.portal.i18n.Lang;
import id.pita.portal.web.Languages;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST {@code /login} (GET too, for a form or link followed without the splash): the terms were accepted. After
 * {@link PortalGate} (rates per address, gateway and MAC; the handshake in {@code u}; the hotspot and Chilli's
 * signature), checks the terms box, the voucher (looked at, not used), opening hours and the device's allowance; only
 * then uses the voucher up (one conditional update, so two log-ins cannot share it), mints a credential and
 * answers in the gateway's own way, with the device's status token as a cookie. Every refusal happens before
 * the voucher is used and before the mint; a mint that fails gives the voucher back.
 */
final class LoginHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandler.class);
    private final CitizenPortal portal;

    LoginHandler(CitizenPortal portal) {
        this.portal = portal;
    }

    @Override
    public void handle(RoutingContext ctx) {
        var lang = Languages.of(ctx);
        try {
            // The gate has limited, parsed and resolved on the event loop (PortalGate).
            Handshake hs = ctx.get(PortalGate.HANDSHAKE);
            Hotspot hotspot = ctx.get(PortalGate.HOTSPOT);
            var now = portal.services.clock().instant();
            var voucher = check(ctx, hs, hotspot, now);
            if (!voucher.isEmpty() && !portal.services.vouchers().accept(voucher, hotspot)) {
                throw new PortalRefusal(403, "error.voucher-bad");
            }
            try {
                answer(ctx, lang, hs, hotspot, now);
            } catch (RuntimeException e) {
                if (!voucher.isEmpty()) {
                    portal.services.vouchers().release(voucher);
                }
                throw e;
            }
        } catch (PortalRefusal r) {
            portal.refuse(ctx, r);
        } catch (CredentialsExhaustedException e) {
            portal.refuse(ctx, new PortalRefusal(503, "error.exhausted"));
        }
    }

    /** Every refusal before anything is used or minted; returns the voucher to use up ("" for none). */
    private String check(RoutingContext ctx, Handshake hs, Hotspot hotspot, Instant now) {
        if (hs instanceof ChilliHandshake c && !"notyet".equals(c.res()) && !"failed".equals(c.res())) {
            throw new PortalRefusal(400, "error.bad-parameter", "res");
        }
        if (!"1".equals(ctx.request().getParam("terms"))) {
            throw new PortalRefusal(400, "error.terms");
        }
        // A hotspot that needs no voucher ignores one typed anyway: it is not used up for nothing.
        var voucher = hotspot.voucherRequired() ? ctx.request().getParam("voucher", "").trim() : "";
        if (voucher.isEmpty() && hotspot.voucherRequired()) {
            throw new PortalRefusal(400, "error.voucher-missing");
        }
        if (!voucher.isEmpty() && !portal.services.vouchers().valid(voucher, hotspot)) {
            throw new PortalRefusal(403, "error.voucher-bad");
        }
        var hours = portal.hours.at(hotspot.site(), now);
        if (!hours.open()) {
            Function<Lang, String> when = l -> portal.pages.hoursLine(l, hours, now);
            throw new PortalRefusal(403, "error.closed", when);
        }
        if (portal.services.usage().today(hs.mac(), now).exhausted()) {
            throw new PortalRefusal(403, "error.quota");
        }
        return voucher;
    }

    private void answer(RoutingContext ctx, Lang lang, Handshake hs, Hotspot hotspot, Instant now) {
        var gateway = hotspot.gateway();
        LOG.debug("admitting device {} at gateway {}", portal.services.macHasher().hash(hs.mac()), gateway.id());
        if (hs instanceof OpenNdsHandshake o) {
            var rhid = OpenNdsFas.rhid(o.hid(), gateway.portalSecret());
            var admission = portal.services.admissionLimits().forDevice(hotspot, o.mac(), now);
            portal.authmon.admit(gateway.id(), rhid, OpenNdsFas.admissionLine(rhid, admission, null));
            portal.issueToken(ctx, hs.mac());
            redirect(ctx, "http://" + o.gatewayAddress() + "/opennds_auth/?tok=" + rhid + "&redir="
                    + OpenNdsFas.rawUrlEncode(o.originUrl()));
            return;
        }
        CitizenCredential credential = portal.services.credentials().mint(gateway.id(), hotspot.site().code(),
                hs.mac(), now);
        portal.issueToken(ctx, hs.mac());
        if (hs instanceof ChilliHandshake c) {
            var response = ChilliUam.response(c.challenge(), gateway.portalSecret(), credential.password());
            redirect(ctx, c.base() + "/logon?username=" + OpenNdsFas.rawUrlEncode(credential.username())
                    + "&response=" + response + "&userurl=" + OpenNdsFas.rawUrlEncode(c.userurl()));
            return;
        }
        var m = (MikrotikHandshake) hs;
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", credential.username());
        fields.put("password", m.chap() ? MikrotikLogin.chapPassword(m.chapId(), credential.password(), m.challenge())
                : credential.password());
        fields.put("dst", m.origUrl());
        fields.put("popup", "true");
        // An HTTPS page that posts to the router's plain-http login is a mixed-content form: browsers warn on it
        // and may block a scripted submit, so the citizen presses a visible button instead.
        boolean mixed = m.loginUrl().startsWith("http:") && (ctx.request().isSSL()
                || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto")));
        CitizenPortal.html(ctx, 200, mixed ? portal.pages.pressToContinue(lang, m.loginUrl(), fields)
                : portal.pages.autoSubmit(lang, m.loginUrl(), fields));
    }

    private static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(302).putHeader("Location", location).end();
    }
}
