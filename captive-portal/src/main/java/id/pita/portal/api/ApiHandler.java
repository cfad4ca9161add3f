package id.pita.portal.api;

import id.pita.portal.auth.Actor;
import id.pita.portal.console.Fields;
import io.vertx.ext.web.RoutingContext;

/** One API operation: the actor (null on public routes) and the body's fields in, a JSON-able result out. */
@FunctionalInterface
interface ApiHandler {
    Object handle(RoutingContext ctx, Actor actor, Fields body);
}
