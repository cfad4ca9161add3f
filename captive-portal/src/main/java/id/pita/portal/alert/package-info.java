/**
 * Delivering health alerts: e-mail over SMTP (Vert.x mail client) and a webhook in the Telegram Bot API's
 * {@code sendMessage} format, each message in Bahasa Indonesia with English below. The decisions (what fires,
 * when to remind, when it is over) are core's {@link id.pita.core.alert.AlertEngine}.
 */
package id.pita.portal.alert;
