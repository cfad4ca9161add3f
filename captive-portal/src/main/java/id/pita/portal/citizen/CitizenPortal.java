package id.pita.portal.citizen;

import id.pita.core.district.Vendor;
import id.pita.portal.i18n.Lang;
import id.pita.portal.i18n.Messages;
import id.pita.portal.web.HttpErrors;
import id.pita.portal.web.Routes;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The citizen portal's routes: splash at {@code /} and {@code /portal} (GET, or POST from MikroTik's
 * {@code login.html}; any other POST there is openNDS authmon, which polls the FAS URL itself), {@code /login}, {@code /status}, {@code /api/captive} (RFC 8908) and
 * {@code /opennds/authmon}. Thread-safe.
 */
public final class CitizenPortal implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenPortal.class);

    /** How long an hotspot's opening hours are reused at most (they are reused only until they change anyway). */
    static final Duration HOURS_MAX_AGE = Duration.ofSeconds(1);

    final PortalServices services;
    final HotspotHours hours;
    final Pages pages;
    final Messages messages;
    final TokenBuckets perMac;
    final TokenBuckets perIp;
    final AuthmonQueue authmon;

    public CitizenPortal(PortalServices services) {
        this.services = services;
        this.hours = new HoursCache(services.hours(), HOURS_MAX_AGE);
        this.messages = Messages.load();
        this.pages = new Pages(messages);
        var s = services.settings();
        this.perMac = new TokenBuckets(services.clock(), s.macBurst(), s.macRefill(), s.trackedKeys());
        this.perIp = new TokenBuckets(services.clock(), s.ipBurst(), s.ipRefill(), s.trackedKeys());
        this.authmon = new AuthmonQueue(services.clock(), s.authmonTtl(), 1000);
    }

    @Override
    public void mount(Router router) {
        var splash = new SplashHandler(this);
        var login = new LoginHandler(this);
        var status = new StatusHandler(this);
        var authmonHandler = new AuthmonHandler(this);
        router.get("/").handler(splash);
        router.get("/portal").handler(splash);
        // A POST to the portal is openNDS authmon, or MikroTik's login.html handing the phone over by form.
        router.post("/").handler(ctx -> postToPortal(ctx, splash, authmonHandler));
        router.post("/portal").handler(ctx -> postToPortal(ctx, splash, authmonHandler));
        router.post("/opennds/authmon").handler(authmonHandler);
        // These ask the store (usage, online sessions, credentials): off the event loop, in parallel.
        router.post("/login").blockingHandler(login, false);
        router.get("/login").blockingHandler(login, false);
        router.get("/status").blockingHandler(status::page, false);
        router.get("/api/captive").blockingHandler(status::captiveApi, false);
    }

    private static void postToPortal(RoutingContext ctx, SplashHandler splash, AuthmonHandler authmon) {
        var form = ctx.request().formAttributes();
        if (form.contains("link-login-only") || form.contains("link-login")) {
            splash.handleForm(ctx);
        } else {
            authmon.handle(ctx);
        }
    }

    /** The openNDS admissions waiting for authmon; exposed for the integrator's metrics. */
    public AuthmonQueue authmonQueue() {
        return authmon;
    }

    /** Finds the hotspot the handshake names, of the matching vendor, and checks Chilli's signature. */
    Hotspot resolve(Handshake hs) {
        Hotspot hotspot;
        Vendor vendor;
        if (hs instanceof MikrotikHandshake m) {
            hotspot = services.directory().mikrotik(m.serverName(), m.loginHost()).orElse(null);
            vendor = Vendor.MIKROTIK;
        } else if (hs instanceof ChilliHandshake c) {
            hotspot = services.directory().chilli(c.nasid(), c.called()).orElse(null);
            vendor = Vendor.COOVACHILLI;
        } else {
            hotspot = services.directory().openNds(((OpenNdsHandshake) hs).gatewayName()).orElse(null);
            vendor = Vendor.OPENNDS;
        }
        if (hotspot == null || hotspot.gateway().vendor() != vendor) {
            throw new PortalRefusal(404, "error.unknown-hotspot");
        }
        if (hs instanceof ChilliHandshake c && !hotspot.gateway().portalSecret().isEmpty()
                && !ChilliUam.verifyMd(c.urlBeforeMd(), c.md(), hotspot.gateway().portalSecret())) {
            throw new PortalRefusal(403, "error.forged");
        }
        return hotspot;
    }

    /** Answers a refusal with the page (or JSON) in the request's language, and logs it without a trace. */
    void refuse(RoutingContext ctx, PortalRefusal r) {
        LOG.warn("refused {} {} from {}: {}", ctx.request().method(), ctx.request().path(),
                ctx.request().remoteAddress(), r.getMessage());
        HttpErrors.send(ctx, r.status(), r.key().replace("error.", ""),
                messages.get(Lang.ID, r.key(), localized(r.args(), Lang.ID)),
                messages.get(Lang.EN, r.key(), localized(r.args(), Lang.EN)));
    }

    /** Refusal arguments that depend on the language are given as {@code Function<Lang, String>}. */
    @SuppressWarnings("unchecked")
    private static Object[] localized(Object[] args, Lang lang) {
        var out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Function<?, ?> f) {
                out[i] = ((Function<Lang, String>) f).apply(lang);
            }
        }
        return out;
    }

    static void html(RoutingContext ctx, int status, String page) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8").end(page);
    }
}
