package id.pita.portal.citizen;

import id.pita.core.district.Vendor;
import id.pita.core.session.MacAddress;
import id.pita.portal.i18n.Lang;
import id.pita.portal.i18n.Messages;
import id.pita.portal.web.HttpErrors;
import id.pita.portal.web.Routes;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;
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
    final TokenBuckets perGateway;
    final TokenBuckets perIpStatus;
    final PortalGate gate;
    final AuthmonQueue authmon;
    final DeviceTokens tokens;

    public CitizenPortal(PortalServices services) {
        this.services = services;
        this.hours = new HoursCache(services.hours(), HOURS_MAX_AGE);
        this.messages = Messages.load();
        this.pages = new Pages(messages);
        var s = services.settings();
        this.perMac = new TokenBuckets(services.clock(), s.macBurst(), s.macRefill(), s.trackedKeys());
        this.perIp = new TokenBuckets(services.clock(), s.ipBurst(), s.ipRefill(), s.trackedKeys());
        this.perGateway = new TokenBuckets(services.clock(), s.gatewayBurst(), s.gatewayRefill(), s.trackedKeys());
        this.perIpStatus = new TokenBuckets(services.clock(), s.statusBurst(), s.statusRefill(), s.trackedKeys());
        this.gate = new PortalGate(this, s.maxInFlight());
        this.authmon = new AuthmonQueue(services.clock(), s.authmonTtl(), 1000);
        this.tokens = new DeviceTokens(services.macHasher());
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
        // These ask the store (usage, online sessions, credentials): off the event loop, in parallel, but only
        // after the gate's rate limits and in-flight bound, decided on the event loop.
        router.post("/login").handler(gate::login).blockingHandler(login, false);
        router.get("/login").handler(gate::login).blockingHandler(login, false);
        router.get("/status").handler(gate::status).blockingHandler(status::page, false);
        router.get("/api/captive").handler(gate::status).blockingHandler(status::captiveApi, false);
    }

    /** The portal's load: requests in blocking work now and at most so far, refused by a limit, shed. */
    public record Load(int inFlight, int inFlightHighWater, long rateLimited, long shed) {
    }

    public Load load() {
        return new Load(gate.inFlight(), gate.highWater(), gate.limitedCount(), gate.shedCount());
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
        // The browser is sent back to the host the handshake names: only the gateway's own (issue 10).
        if (hs instanceof MikrotikHandshake m && !hotspot.gateway().servesLoginAt(m.loginHost(), m.loginPort())
                || hs instanceof OpenNdsHandshake o && !hotspot.gateway().servesLoginAt(o.gatewayHost(),
                        o.gatewayPort())) {
            throw new PortalRefusal(403, "error.foreign-login");
        }
        if (hs instanceof ChilliHandshake c && !hotspot.gateway().portalSecret().isEmpty()
                && !ChilliUam.verifyMd(c.urlBeforeMd(), c.md(), hotspot.gateway().portalSecret())) {
            throw new PortalRefusal(403, "error.forged");
        }
        return hotspot;
    }

    /**
     * The device asking, as far as Pita can tell: the one its log-in token names, else the one online session
     * whose Framed-IP (as the gateway reported it) is the request's source address. May read the store.
     */
    Optional<MacAddress> requester(RoutingContext ctx) {
        var cookie = ctx.request().getCookie(DeviceTokens.COOKIE);
        var byToken = cookie == null ? Optional.<MacAddress>empty()
                : tokens.verify(cookie.getValue(), services.clock().instant());
        return byToken.or(() -> services.locator().byIp(ctx.request().remoteAddress().hostAddress()));
    }

    /** True when the request comes from {@code mac} itself (its token, or its session's address). */
    boolean fromDevice(RoutingContext ctx, MacAddress mac) {
        var cookie = ctx.request().getCookie(DeviceTokens.COOKIE);
        if (cookie != null && tokens.verify(cookie.getValue(), services.clock().instant()).filter(mac::equals)
                .isPresent()) {
            return true;
        }
        return services.locator().byIp(ctx.request().remoteAddress().hostAddress()).filter(mac::equals).isPresent();
    }

    /** Gives the browser the token that later shows this device its own status (set on the log-in answer). */
    void issueToken(RoutingContext ctx, MacAddress mac) {
        ctx.response().addCookie(Cookie.cookie(DeviceTokens.COOKIE, tokens.issue(mac, services.clock().instant()))
                .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setMaxAge(DeviceTokens.TTL.toSeconds()).setSecure(ctx.request().isSSL()));
    }

    /** Answers a refusal with the page (or JSON) in the request's language, and logs it without a trace. */
    void refuse(RoutingContext ctx, PortalRefusal r) {
        if (r.status() == 429 || r.status() == 503) {
            // A flood must not become a flood of log lines: counted by the gate, logged at DEBUG.
            LOG.debug("refused {} {} from {}: {}", ctx.request().method(), ctx.request().path(),
                    ctx.request().remoteAddress(), r.getMessage());
        } else {
            LOG.warn("refused {} {} from {}: {}", ctx.request().method(), ctx.request().path(),
                    ctx.request().remoteAddress(), r.getMessage());
        }
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

    private static final CharSequence CONTENT_TYPE = io.vertx.core.http.HttpHeaders.CONTENT_TYPE;
    private static final CharSequence HTML_UTF8 = io.vertx.core.http.HttpHeaders.createOptimized("text/html; charset=utf-8");

    static void html(RoutingContext ctx, int status, String page) {
        ctx.response().setStatusCode(status).putHeader(CONTENT_TYPE, HTML_UTF8).end(page);
    }

    /** A page already encoded (UTF-8), written as it is. */
    static void html(RoutingContext ctx, int status, io.vertx.core.buffer.Buffer page) {
        ctx.response().setStatusCode(status).putHeader(CONTENT_TYPE, HTML_UTF8).end(page);
    }
}
