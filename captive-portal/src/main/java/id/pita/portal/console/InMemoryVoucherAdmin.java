package id.pita.portal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link VoucherAdmin} in memory. Thread-safe. */
public final class InMemoryVoucherAdmin implements VoucherAdmin {
    private final List<Voucher> vouchers = new ArrayList<>();

    @Override
    public synchronized void add(Voucher v) {
        vouchers.add(v);
    }

    @Override
    public synchronized List<Voucher> all() {
        var copy = new ArrayList<>(vouchers);
        Collections.reverse(copy);
        return copy;
    }

    @Override
    public synchronized boolean revoke(String code) {
        return vouchers.removeIf(v -> v.code().equals(code) && !v.used());
    }
}
