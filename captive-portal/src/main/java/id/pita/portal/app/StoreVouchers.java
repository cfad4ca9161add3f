package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.core.store.VoucherBatchRow;
import id.pita.core.store.VoucherRepository;
import id.pita.core.store.VoucherRow;
import id.pita.portal.console.Voucher;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.citizen.VoucherCheck;
import id.pita.portal.console.AuditEntry;
import id.pita.portal.console.AuditLog;
import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.VoucherAdmin;
import id.pita.portal.console.VoucherBatch;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Vouchers on the store's {@link VoucherRepository} ({@code voucher}, {@code voucher_batch}). The portal's voucher
 * check uses a code up; disabling a batch expires its unused vouchers, so the check needs no second table; a
 * redemption is audited here. Thread-safe.
 */
public final class StoreVouchers implements VoucherAdmin, VoucherCheck {
    private final VoucherRepository vouchers;
    private final Clock clock;
    private final AuditLog audit;

    StoreVouchers(Store store, Clock clock, AuditLog audit) {
        this.vouchers = store.vouchers();
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * A code the console made, unused and unexpired, is accepted and used up in the same step; the redemption is
     * audited (the code masked, the hotspot named).
     */
    @Override
    public boolean accept(String code, Hotspot hotspot) {
        boolean ok = vouchers.use(code, clock.instant());
        if (ok) {
            audit.append(AuditEntry.of(clock.instant(), "citizen", "voucher.redeem", "voucher:"
                    + ConsoleService.masked(code), "", "", new io.vertx.core.json.JsonObject()
                    .put("site", hotspot == null ? null : hotspot.site().code())
                    .put("gateway", hotspot == null ? null : hotspot.gateway().id()).encode()));
        }
        return ok;
    }

    @Override
    public boolean valid(String code, Hotspot hotspot) {
        return vouchers.valid(code, clock.instant());
    }

    @Override
    public void release(String code) {
        vouchers.release(code);
    }

    @Override
    public void add(Voucher v) {
        vouchers.add(row(v));
    }

    @Override
    public List<Voucher> all() {
        return vouchers.all().stream().map(StoreVouchers::voucher).toList();
    }

    @Override
    public boolean revoke(String code) {
        return vouchers.revoke(code);
    }

    @Override
    public long addBatch(VoucherBatch b, List<Voucher> batch) {
        return vouchers.addBatch(new VoucherBatchRow(b.id(), b.createdAt(), b.createdBy(), b.note(), b.count(),
                b.validUntil(), b.dailyQuotaMb(), b.siteCode(), b.disabledAt()),
                batch.stream().map(StoreVouchers::row).toList());
    }

    @Override
    public List<VoucherBatch> batches() {
        return vouchers.batches().stream().map(StoreVouchers::batch).toList();
    }

    @Override
    public Optional<VoucherBatch> batch(long id) {
        return vouchers.batch(id).map(StoreVouchers::batch);
    }

    @Override
    public List<Voucher> inBatch(long id) {
        return vouchers.inBatch(id).stream().map(StoreVouchers::voucher).toList();
    }

    @Override
    public int disableBatch(long id, Instant at) {
        return vouchers.disableBatch(id, at);
    }

    private static VoucherRow row(Voucher v) {
        return new VoucherRow(v.code(), v.createdAt(), v.expiresAt(), v.createdBy(), v.used(), v.note());
    }

    private static Voucher voucher(VoucherRow r) {
        return new Voucher(r.code(), r.createdAt(), r.expiresAt(), r.createdBy(), r.used(), r.note());
    }

    private static VoucherBatch batch(VoucherBatchRow r) {
        return new VoucherBatch(r.id(), r.createdAt(), r.createdBy(), r.note(), r.count(), r.validUntil(),
                r.dailyQuotaMb(), r.siteCode(), r.disabledAt());
    }
}
