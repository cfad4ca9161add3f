/**
 * Health alerts as pure decisions: {@link id.pita.core.alert.AlertCheck}s say which
 * {@link id.pita.core.alert.Condition}s hold now (from data passed in: gateway activity, push results, pool use,
 * the calendar, boosts, backups, the disk), and the {@link id.pita.core.alert.AlertEngine} turns the conditions
 * of successive checks into edges: firing once (after a hold time), reminders at an interval, a recovery notice.
 * Sending them (e-mail, webhook) is the caller's; nothing here does I/O.
 */
package id.pita.core.alert;
