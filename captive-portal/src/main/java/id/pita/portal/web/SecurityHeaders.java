package id.pita.portal.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
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

    // Encoded once (Vert.x writes an optimized header's bytes as they are): these go out with every answer.
    private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CSP);
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence CACHE_NAME = HttpHeaders.createOptimized("Cache-Control");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().headers()
                .set(CSP_NAME, CSP_VALUE)
                .set(NOSNIFF_NAME, NOSNIFF)
                .set(REFERRER_NAME, NO_REFERRER)
                .set(FRAME_NAME, DENY)
                .set(CACHE_NAME, NO_STORE);
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
