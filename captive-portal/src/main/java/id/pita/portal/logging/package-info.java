/**
 * Logging that cannot slow a request: {@link id.pita.portal.logging.BoundedAsyncAppender} queues events for a
 * writer thread and drops (and counts) what does not fit. Wired in {@code logback.xml}.
 */
package id.pita.portal.logging;
