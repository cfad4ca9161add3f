package id.pita.engine.control;

/** Port: where each round's plan goes for the access policy, the console and metrics. Thread-safe. */
@FunctionalInterface
public interface PlanSink {
    void publish(PlanSnapshot snapshot);
}
