/**
 * The HTTP listeners: a {@link id.pita.portal.web.WebServer} builds one Vert.x {@code Router} from
 * {@link id.pita.portal.web.Routes} contributors, with a malformed-query check, security headers and a body limit
 * on the root route, and serves it over HTTP or over TLS from PEM files ({@link id.pita.portal.web.TlsFiles},
 * reloaded when they change). Pita runs two: public (citizen portal) and admin (console, API). One error helper
 * ({@link id.pita.portal.web.HttpErrors}: one JSON shape, or an HTML page), stack traces at most once a minute
 * ({@link id.pita.portal.web.ErrorLog}) and tiny HTML building ({@link id.pita.portal.web.Html}). No template
 * engine: pages are plain strings with every value escaped.
 */
package id.pita.portal.web;
