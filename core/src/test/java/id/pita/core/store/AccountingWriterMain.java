package id.pita.core.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;

/**
 * Child process for {@link StoreRestartTest}: writes batches until killed and prints
 * {@code committed <n>} after each {@link AccountingStore#apply} returns, i.e. once batch n is
 * acknowledged as durable.
 */
public final class AccountingWriterMain {
    static final int PER_BATCH = 10;

    private AccountingWriterMain() {
    }

    public static void main(String[] args) {
        var store = Store.open(Path.of(args[0]));
        store.districts().save(TestDistricts.small());
        var t0 = Instant.parse("2026-03-02T01:00:00Z");
        for (int n = 0; ; n++) {
            var batch = new ArrayList<AccountingRecord>();
            for (int i = 0; i < PER_BATCH; i++) {
                batch.add(new AccountingRecord("gw-kantor", "b" + n + "-" + i, AcctStatus.START, "kantor", "", "",
                        0, 0, 0, "", t0.plusMillis(n)));
            }
            store.accounting().apply(batch);
            System.out.println("committed " + n);
            System.out.flush();
        }
    }
}
