package id.pita.engine.accounting;

import id.pita.core.session.AccountingRecord;
import java.util.concurrent.CompletionStage;

/**
 * Where the RADIUS server hands accounting records. The stage completes only once the record is
 * durable; the server sends Accounting-Response then, and never before (RFC 2866 §2: the gateway
 * retransmits until it hears back, so nothing is lost across a crash).
 */
@FunctionalInterface
public interface AccountingSink {
    CompletionStage<Void> record(AccountingRecord record);
}
