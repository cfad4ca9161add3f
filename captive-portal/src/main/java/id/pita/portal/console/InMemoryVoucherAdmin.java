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

    private final List<VoucherBatch> batches = new ArrayList<>();
    private final java.util.Map<String, Long> batchOf = new java.util.HashMap<>();

    @Override
    public synchronized long addBatch(VoucherBatch batch, List<Voucher> made) {
        long id = batches.size() + 1;
        batches.add(batch.withId(id));
        made.forEach(v -> {
            vouchers.add(v);
            batchOf.put(v.code(), id);
        });
        return id;
    }

    @Override
    public synchronized List<VoucherBatch> batches() {
        var copy = new ArrayList<>(batches);
        Collections.reverse(copy);
        return copy;
    }

    @Override
    public synchronized java.util.Optional<VoucherBatch> batch(long id) {
        return batches.stream().filter(b -> b.id() == id).findFirst();
    }

    @Override
    public synchronized List<Voucher> inBatch(long id) {
        return vouchers.stream().filter(v -> Long.valueOf(id).equals(batchOf.get(v.code()))).toList();
    }

    @Override
    public synchronized int disableBatch(long id, java.time.Instant at) {
        var b = batch(id);
        if (b.isEmpty()) {
            return -1;
        }
        batches.replaceAll(x -> x.id() == id ? new VoucherBatch(id, x.createdAt(), x.createdBy(), x.note(), x.count(),
                x.validUntil(), x.dailyQuotaMb(), x.siteCode(), java.util.Optional.of(at)) : x);
        int unused = 0;
        for (int i = 0; i < vouchers.size(); i++) {
            var v = vouchers.get(i);
            if (Long.valueOf(id).equals(batchOf.get(v.code())) && !v.used() && v.expiresAt().isAfter(at)) {
                vouchers.set(i, new Voucher(v.code(), v.createdAt(), at, v.createdBy(), false, v.note()));
                unused++;
            }
        }
        return unused;
    }
}
