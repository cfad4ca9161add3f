package id.pita.portal.console;

/** Port to the engine's current state, for the dashboard and the public status page. Thread-safe. */
public interface LiveView {
    LiveSnapshot now();
}
