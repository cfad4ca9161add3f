package id.pita.engine.coa;

import java.util.concurrent.CompletionStage;

/** Sends one push and reports its outcome; {@link CoaClient} in production. Implementations are thread-safe. */
@FunctionalInterface
public interface PushSender {
    /** Never fails the stage: problems are an {@link PushOutcome.Result#ERROR} outcome. */
    CompletionStage<PushOutcome> send(CoaTarget target, PushRequest request);
}
