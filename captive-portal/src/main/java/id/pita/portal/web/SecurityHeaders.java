package id.pita.portal.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Root handler: headers every response carries. The policy loads nothing from another origin; the only
 * script allowed is the one-line auto-submit of a gateway login form, pinned by its hash. {@code form-action}
 * is deliberately absent: the login form must post to the gateway's own address.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
    /** The auto-submit script; any change must keep it byte-identical to what pages embed. */
    public static final String AUTO_SUBMIT_SCRIPT = "document.getElementById('gw').submit();";

    /** Content-Security-Policy sent with every response. */
    public static final String CSP = "default-src 'self'; script-src 'sha256-" + sha256Base64(AUTO_SUBMIT_SCRIPT)
            + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .set("Cache-Control", "no-store");
        ctx.next();
    }

    static String sha256Base64(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
