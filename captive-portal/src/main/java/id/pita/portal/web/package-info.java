/**
 * The HTTP server shared by the citizen portal and the Diskominfo console: one {@link id.pita.portal.web.WebServer}
 * builds one Vert.x {@code Router} from {@link id.pita.portal.web.Routes} contributors, with security headers and a
 * body limit on the root route, one error helper ({@link id.pita.portal.web.HttpErrors}) and tiny HTML building
 * ({@link id.pita.portal.web.Html}). No template engine: pages are plain strings with every value escaped.
 */
package id.pita.portal.web;
