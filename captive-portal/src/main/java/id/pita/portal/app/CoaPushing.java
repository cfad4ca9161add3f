package id.pita.portal.app;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Vendor;
import id.pita.core.session.Session;
import id.pita.core.store.Store;
import id.pita.engine.coa.CoaTarget;
import id.pita.engine.coa.PushOutcome;
import id.pita.engine.coa.PushRequest;
import id.pita.engine.coa.PushScheduler;
import id.pita.engine.coa.SessionRef;
import id.pita.engine.control.Push;
import id.pita.engine.control.PushResult;
import id.pita.engine.control.Pusher;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control loop's {@link Pusher} over the CoA client: a {@link Push} becomes a {@link PushRequest} for the
 * session as the store knows it (User-Name, Acct-Session-Id, Calling-Station-Id in the vendor's form,
 * Framed-IP-Address) with the complete reply ({@link PushReplies}, because CoovaChilli resets what a CoA
 * leaves out), sent through the per-gateway {@link PushScheduler}. Thread-safe.
 */
final class CoaPushing implements Pusher {
    private static final Logger LOG = LoggerFactory.getLogger(CoaPushing.class);

    private final PushScheduler scheduler;
    private final Store store;
    private final DistrictHolder district;
    private final PushReplies replies;
    private final StorePushLedger ledger;
    private final Clock clock;

    CoaPushing(PushScheduler scheduler, Store store, DistrictHolder district, PushReplies replies,
               StorePushLedger ledger, Clock clock) {
        this.scheduler = scheduler;
        this.store = store;
        this.district = district;
        this.replies = replies;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public CompletionStage<PushResult> push(Push push) {
        try {
            var d = district.current();
            var gateway = d.gateway(push.gatewayId());
            if (gateway.isEmpty()) {
                return error("unknown gateway " + push.gatewayId());
            }
            var target = CoaTarget.of(gateway.get());
            if (target.isEmpty()) {
                return error("gateway " + push.gatewayId() + " takes no CoA");
            }
            var session = store.sessions().byKey(push.sessionKey());
            var ref = ref(push, session, gateway.get().vendor());
            var request = push instanceof Push.RateChange change
                    ? PushRequest.rateChange(ref, replies.reply(d, change, session))
                    : PushRequest.disconnect(ref);
            return scheduler.submit(target.get(), request).thenApply(outcome -> {
                ledger.remember(push, outcome);
                return result(outcome);
            });
        } catch (InvalidValueException e) {
            LOG.warn("Push for {} not sent: {}", push.sessionKey(), e.getMessage());
            return error(e.getMessage());
        }
    }

    private CompletionStage<PushResult> error(String detail) {
        return CompletableFuture.completedFuture(new PushResult(PushResult.Outcome.ERROR, detail, clock.instant()));
    }

    private PushResult result(PushOutcome o) {
        var outcome = switch (o.result()) {
            case ACK -> PushResult.Outcome.ACK;
            case NAK -> PushResult.Outcome.NAK;
            case TIMEOUT -> PushResult.Outcome.TIMEOUT;
            case ERROR, SUPERSEDED -> PushResult.Outcome.ERROR;
        };
        var detail = o.errorCause().isPresent() ? "Error-Cause " + o.errorCause().getAsInt() : o.detail();
        return new PushResult(outcome, detail, clock.instant(), o.errorCause().orElse(0), "");
    }

    /** The session in the attributes its gateway knows it by; MACs as CoovaChilli writes them for Chilli. */
    static SessionRef ref(Push push, Optional<Session> session, Vendor vendor) {
        var mac = session.map(Session::mac).orElse("");
        if (vendor == Vendor.COOVACHILLI) {
            mac = mac.replace(':', '-');
        }
        var user = push.username() == null || push.username().isEmpty()
                ? session.map(Session::username).orElse("") : push.username();
        return new SessionRef(user, push.acctSessionId(), mac, session.flatMap(s -> ipv4(s.ip())));
    }

    private static Optional<Inet4Address> ipv4(String ip) {
        if (ip == null || !ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        try {
            return InetAddress.getByName(ip) instanceof Inet4Address a ? Optional.of(a) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
