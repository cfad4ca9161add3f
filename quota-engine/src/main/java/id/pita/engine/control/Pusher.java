package id.pita.engine.control;

import java.util.concurrent.CompletionStage;

/**
 * Port: sends one push to its gateway (the integrator adapts the CoA client: RateChange to a
 * CoA-Request with the vendor's rate attributes, Disconnect to a Disconnect-Request). The stage
 * completes with the gateway's answer, after the client's own retries; it should not complete
 * exceptionally (the loop maps that to {@link PushResult.Outcome#ERROR}). Thread-safe.
 */
@FunctionalInterface
public interface Pusher {
    CompletionStage<PushResult> push(Push push);
}
