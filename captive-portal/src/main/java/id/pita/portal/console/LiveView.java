package id.pita.portal.console;

/** Port to the engine's current state, for the dashboard and the public status page. Thread-safe. */
public interface LiveView {
    LiveSnapshot now();

    /** What each of the district's gateways last did (empty where the engine does not track it). */
    default java.util.List<id.pita.core.session.GatewayActivity> gatewayActivity() {
        return java.util.List.of();
    }
}
