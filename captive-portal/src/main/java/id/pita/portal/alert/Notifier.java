package id.pita.portal.alert;

import io.vertx.core.Future;

/** One way of telling people; {@link #send} completes when the message was handed over, or fails. */
public interface Notifier {
    /** A short name for logs and metrics: {@code email}, {@code telegram}. */
    String channel();

    Future<Void> send(AlertMessage message);
}
