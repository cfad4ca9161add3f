package id.pita.engine.access;

/** Decides an authenticated Access-Request. Implementations are thread-safe and must not block long. */
@FunctionalInterface
public interface AccessHandler {
    AccessDecision decide(AccessRequestInfo request);
}
