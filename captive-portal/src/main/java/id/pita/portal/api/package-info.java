/**
 * The REST API under {@code /api/v1}: JSON over the same {@link id.pita.portal.console.ConsoleService} rules as the
 * console pages, documented in {@code console/openapi.yaml}. Authentication is the console session cookie; every
 * state-changing request carries the session's token in {@code X-CSRF-Token}. Errors have one shape:
 * {@code {"error": {"code", "message", "field"}}}.
 */
package id.pita.portal.api;
