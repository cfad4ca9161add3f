package id.pita.portal.citizen;

import id.pita.core.InvalidValueException;
import id.pita.core.session.MacAddress;
import id.pita.portal.web.Languages;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * After login: {@code /status} (time and data left, a logout link) and the RFC 8908 Captive Portal API at
 * {@code /api/captive}, for the device asking and nobody else: a {@code mac} in the query is answered only when
 * the request comes from that device (its log-in token, or its session's Framed-IP as the source address);
 * without one, the device is the one the token or the source address names. Anyone else gets the same
 * neutral answer as a device that is not online, so the endpoints tell nothing about other devices.
 */
final class StatusHandler {
    /** [RFC 8908 §5] media type of the API response. */
    static final String CAPTIVE_JSON = "application/captive+json";
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");

    private final CitizenPortal portal;

    StatusHandler(CitizenPortal portal) {
        this.portal = portal;
    }

    void page(RoutingContext ctx) {
        var lang = Languages.of(ctx);
        try {
            var mac = device(ctx);
            if (mac.isEmpty()) {
                CitizenPortal.html(ctx, 200, portal.pages.privateStatus(lang));
                return;
            }
            var allowance = portal.services.usage().today(mac.get(), portal.services.clock().instant());
            CitizenPortal.html(ctx, 200, portal.pages.status(lang, allowance, logoutUrl(ctx), null));
        } catch (PortalRefusal r) {
            portal.refuse(ctx, r);
        }
    }

    /** [RFC 8908 §5]: {@code captive}, {@code user-portal-url}, and while online what is left. */
    void captiveApi(RoutingContext ctx) {
        try {
            var json = new JsonObject().put("captive", true).put("user-portal-url", portal.services.settings().publicUrl());
            var mac = device(ctx);
            if (mac.isPresent()) {
                var allowance = portal.services.usage().today(mac.get(), portal.services.clock().instant());
                json.put("captive", !allowance.online());
                if (allowance.online() && allowance.secondsLeft() != DeviceAllowance.UNLIMITED) {
                    json.put("seconds-remaining", allowance.secondsLeft());
                }
                if (allowance.online() && allowance.bytesLeft() != DeviceAllowance.UNLIMITED) {
                    json.put("bytes-remaining", allowance.bytesLeft());
                }
                json.put("can-extend-session", false);
            }
            ctx.response().putHeader("Content-Type", CAPTIVE_JSON).end(json.encode());
        } catch (PortalRefusal r) {
            portal.refuse(ctx, r);
        }
    }

    /** The device asking, when Pita can tell it is that device; empty for anyone else. */
    private Optional<MacAddress> device(RoutingContext ctx) {
        var text = ctx.request().getParam("mac", "");
        if (text.isBlank()) {
            return portal.requester(ctx);
        }
        MacAddress mac;
        try {
            mac = MacAddress.parse(text);
        } catch (InvalidValueException e) {
            throw new PortalRefusal(400, "error.bad-parameter", "mac");
        }
        return portal.fromDevice(ctx, mac) ? Optional.of(mac) : Optional.empty();
    }

    /** Chilli's {@code /logoff} when {@code uamip}/{@code uamport} are given, else MikroTik's {@code link-logout}. */
    private static String logoutUrl(RoutingContext ctx) {
        var uamip = ctx.request().getParam("uamip", "");
        var uamport = ctx.request().getParam("uamport", "");
        if (IPV4.matcher(uamip).matches() && uamport.matches("\\d{1,5}")) {
            return "http://" + uamip + ":" + uamport + "/logoff";
        }
        var logout = ctx.request().getParam("link-logout", "");
        return logout.startsWith("http://") || logout.startsWith("https://") ? logout : "";
    }
}
