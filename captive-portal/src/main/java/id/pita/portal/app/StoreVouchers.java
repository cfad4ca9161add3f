package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.portal.console.Voucher;
import id.pita.portal.citizen.Hotspot;
import id.pita.portal.citizen.VoucherCheck;
import id.pita.portal.console.VoucherAdmin;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Vouchers in the store's {@code voucher} table, which keeps code, creation, expiry and use; who created a
 * voucher and its note are not columns there, so they read back empty. The portal's voucher check uses a
 * code up. Thread-safe.
 */
final class StoreVouchers implements VoucherAdmin, VoucherCheck {
    private final Store store;
    private final Clock clock;

    StoreVouchers(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A code the console made, unused and unexpired, is accepted and used up in the same step. */
    @Override
    public boolean accept(String code, Hotspot hotspot) {
        long now = clock.millis();
        return store.write(h -> h.createUpdate("UPDATE voucher SET used_at_ms = :now WHERE code = :c "
                        + "AND used_at_ms IS NULL AND expires_at_ms > :now")
                .bind("now", now).bind("c", code).execute() == 1);
    }

    @Override
    public boolean valid(String code, Hotspot hotspot) {
        long now = clock.millis();
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM voucher WHERE code = :c AND used_at_ms IS NULL "
                        + "AND expires_at_ms > :now")
                .bind("c", code).bind("now", now).mapTo(Integer.class).one()) == 1;
    }

    @Override
    public void release(String code) {
        store.writeVoid(h -> h.createUpdate("UPDATE voucher SET used_at_ms = NULL WHERE code = :c")
                .bind("c", code).execute());
    }

    @Override
    public void add(Voucher v) {
        store.writeVoid(h -> h.createUpdate("INSERT INTO voucher (code, created_at_ms, expires_at_ms) "
                        + "VALUES (:c, :at, :until)")
                .bind("c", v.code()).bind("at", v.createdAt().toEpochMilli())
                .bind("until", v.expiresAt().toEpochMilli()).execute());
    }

    @Override
    public List<Voucher> all() {
        return store.read(h -> h.createQuery("SELECT * FROM voucher ORDER BY created_at_ms DESC, code")
                .map((rs, ctx) -> new Voucher(rs.getString("code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                        Instant.ofEpochMilli(rs.getLong("expires_at_ms")), "", rs.getObject("used_at_ms") != null,
                        ""))
                .list());
    }

    @Override
    public boolean revoke(String code) {
        return store.write(h -> h.createUpdate("DELETE FROM voucher WHERE code = :c AND used_at_ms IS NULL")
                .bind("c", code).execute() == 1);
    }
}
