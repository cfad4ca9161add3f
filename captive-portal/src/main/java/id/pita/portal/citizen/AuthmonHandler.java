package id.pita.portal.citizen;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openNDS authmon (levels 3 and 4, GATEWAYS.md): the gateway POSTs {@code auth_get}, {@code gatewayhash} and a
 * base64 {@code payload}. {@code view} with payload {@code none} is answered {@code *} and the waiting admission
 * lines, each URL-encoded as PHP's rawurlencode does; {@code view} with an acknowledgement list
 * ({@code * rhid1 rhid2 …}) drops those and answers {@code ack}. {@code list} hands the lines over and forgets
 * them; {@code clear} forgets them; {@code deauthed} and {@code custom} are acknowledged.
 *
 * <p>openNDS's own authmon proves nothing (its {@code gatewayhash} is the hash of a name in every citizen's FAS
 * URL), and the citizens of a hotspot reach Pita from the gateway's own address through its NAT. So Pita answers
 * only a request from the gateway's registered {@code address} that also carries {@link AuthmonProof}: fields
 * {@code ts} and {@code proof}, an HMAC with the faskey, which no citizen knows. Anything else gets the same 403,
 * whether the gateway exists or not.
 */
final class AuthmonHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(AuthmonHandler.class);
    private final CitizenPortal portal;

    AuthmonHandler(CitizenPortal portal) {
        this.portal = portal;
    }

    @Override
    public void handle(RoutingContext ctx) {
        var action = ctx.request().getFormAttribute("auth_get");
        var hash = ctx.request().getFormAttribute("gatewayhash");
        var payload = ctx.request().getFormAttribute("payload");
        if (action == null || hash == null || payload == null) {
            portal.refuse(ctx, new PortalRefusal(400, "error.authmon"));
            return;
        }
        var hotspot = portal.services.directory().openNdsByHash(hash.trim()).orElse(null);
        String decoded;
        try {
            decoded = new String(Base64.getMimeDecoder().decode(payload.trim()), StandardCharsets.UTF_8).trim();
        } catch (IllegalArgumentException e) {
            decoded = null;
        }
        if (hotspot == null || !authentic(ctx, hotspot, action, hash.trim(), payload.trim())) {
            portal.refuse(ctx, new PortalRefusal(403, "error.authmon"));
            return;
        }
        if (decoded == null) {
            portal.refuse(ctx, new PortalRefusal(400, "error.authmon"));
            return;
        }
        var gatewayId = hotspot.gateway().id();
        var body = switch (action) {
            case "view" -> "none".equals(decoded) ? authList(portal.authmon.view(gatewayId))
                    : acknowledge(gatewayId, decoded);
            case "list" -> authList(portal.authmon.take(gatewayId));
            case "clear" -> {
                portal.authmon.clear(gatewayId);
                yield "ack";
            }
            case "deauthed", "custom" -> {
                LOG.debug("authmon {} from gateway {}", action, gatewayId);
                yield "ack";
            }
            default -> null;
        };
        if (body == null) {
            portal.refuse(ctx, new PortalRefusal(400, "error.authmon"));
            return;
        }
        ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(body);
    }

    /** From the gateway's registered address, with a fresh proof made with its faskey. */
    private boolean authentic(RoutingContext ctx, Hotspot hotspot, String action, String hash, String payload) {
        var gateway = hotspot.gateway();
        var source = ctx.request().remoteAddress().hostAddress();
        if (!gateway.address().equalsIgnoreCase(source) || gateway.portalSecret().isEmpty()) {
            LOG.warn("authmon for gateway {} refused: from {}, not its registered address", gateway.id(), source);
            return false;
        }
        var ok = AuthmonProof.verify(gateway.portalSecret(), ctx.request().getFormAttribute("ts"), action, hash,
                payload, ctx.request().getFormAttribute("proof"), portal.services.clock().instant());
        if (!ok) {
            LOG.warn("authmon for gateway {} refused: missing, stale or wrong proof", gateway.id());
        }
        return ok;
    }

    private String acknowledge(String gatewayId, String acklist) {
        var rhids = new ArrayList<String>();
        for (var token : acklist.split("\\s+")) {
            if (!token.isEmpty() && !"*".equals(token)) {
                rhids.add(token);
            }
        }
        int n = portal.authmon.acknowledge(gatewayId, rhids);
        LOG.debug("authmon ack from gateway {}: {} of {} admissions", gatewayId, n, rhids.size());
        return "ack";
    }

    static String authList(List<String> lines) {
        var sb = new StringBuilder("*");
        lines.forEach(l -> sb.append(' ').append(OpenNdsFas.rawUrlEncode(l)));
        return sb.toString();
    }
}
