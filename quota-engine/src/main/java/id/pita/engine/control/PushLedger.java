package id.pita.engine.control;

/**
 * Port: every push with its result. The integrator's adapter writes it to the push log and, on an
 * ACKed {@link Push.RateChange}, stores the rate as the session's last pushed rate. Called from the
 * thread that completed the push; implementations are thread-safe and quick.
 */
@FunctionalInterface
public interface PushLedger {
    void record(Push push, PushResult result);
}
