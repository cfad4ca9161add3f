package id.pita.portal.web;

import io.vertx.ext.web.Router;

/**
 * A contributor of routes to the shared router (citizen portal, console, API). Called once, in list order,
 * after the root handlers (security headers, body limit) are in place.
 */
@FunctionalInterface
public interface Routes {
    void mount(Router router);
}
