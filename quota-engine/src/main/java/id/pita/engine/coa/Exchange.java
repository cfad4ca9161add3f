package id.pita.engine.coa;

import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.util.Timeout;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** One request on its way: from queued, through its transmissions, to its outcome. Guarded by CoaExchanges. */
final class Exchange {
    final CoaTarget target;
    final RadiusPacket unsigned;
    final CompletableFuture<PushOutcome> future = new CompletableFuture<>();
    RadiusPacket signed;
    byte[] datagram;
    int attempts;
    Instant firstSent;
    Timeout timeout;
    boolean done;

    Exchange(CoaTarget target, RadiusPacket unsigned) {
        this.target = target;
        this.unsigned = unsigned;
    }
}
