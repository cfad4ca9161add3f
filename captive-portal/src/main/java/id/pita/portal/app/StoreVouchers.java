package id.pita.portal.app;

import id.pita.core.store.Store;
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

/**
 * Vouchers in the store's {@code voucher} table (code, creation, expiry, use, who made it, its note, its batch) and
 * their batches in {@code voucher_batch} (V050). The portal's voucher check uses a code up; disabling a batch
 * expires its unused vouchers, so the check needs no second table. Thread-safe.
 */
public final class StoreVouchers implements VoucherAdmin, VoucherCheck {
    private final Store store;
    private final Clock clock;
    private final AuditLog audit;

    StoreVouchers(Store store, Clock clock, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * A code the console made, unused and unexpired, is accepted and used up in the same step; the redemption is
     * audited (the code masked, the hotspot named).
     */
    @Override
    public boolean accept(String code, Hotspot hotspot) {
        long now = clock.millis();
        boolean ok = store.write(h -> h.createUpdate("UPDATE voucher SET used_at_ms = :now WHERE code = :c "
                        + "AND used_at_ms IS NULL AND expires_at_ms > :now")
                .bind("now", now).bind("c", code).execute() == 1);
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
        store.writeVoid(h -> insert(h, v, null, 0));
    }

    @Override
    public List<Voucher> all() {
        return store.read(h -> h.createQuery("SELECT * FROM voucher ORDER BY created_at_ms DESC, code")
                .map((rs, ctx) -> new Voucher(rs.getString("code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                        Instant.ofEpochMilli(rs.getLong("expires_at_ms")), rs.getString("created_by"),
                        rs.getObject("used_at_ms") != null, rs.getString("note")))
                .list());
    }

    @Override
    public boolean revoke(String code) {
        return store.write(h -> h.createUpdate("DELETE FROM voucher WHERE code = :c AND used_at_ms IS NULL")
                .bind("c", code).execute() == 1);
    }

    /** @param seq the voucher's place in its batch (the order of the printed cards); 0 outside a batch */
    private static void insert(org.jdbi.v3.core.Handle h, Voucher v, Long batchId, long seq) {
        h.createUpdate("INSERT INTO voucher (code, created_at_ms, expires_at_ms, created_by, note, batch_id, "
                        + "batch_seq) VALUES (:c, :at, :until, :by, :note, :batch, :seq)").bind("seq", seq)
                .bind("c", v.code()).bind("at", v.createdAt().toEpochMilli())
                .bind("until", v.expiresAt().toEpochMilli()).bind("by", v.createdBy() == null ? "" : v.createdBy())
                .bind("note", v.note() == null ? "" : v.note()).bind("batch", batchId).execute();
    }

    @Override
    public long addBatch(VoucherBatch b, List<Voucher> vouchers) {
        return store.write(h -> {
            long id = h.createUpdate("INSERT INTO voucher_batch (created_at_ms, created_by, note, voucher_count, "
                            + "valid_until_ms, daily_quota_mb, site_code) VALUES (:at, :by, :note, :n, :until, :mb, :site)")
                    .bind("at", b.createdAt().toEpochMilli()).bind("by", b.createdBy()).bind("note", b.note())
                    .bind("n", b.count()).bind("until", b.validUntil().toEpochMilli()).bind("mb", b.dailyQuotaMb())
                    .bind("site", b.siteCode()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (int i = 0; i < vouchers.size(); i++) {
                insert(h, vouchers.get(i), id, i + 1);
            }
            return id;
        });
    }

    @Override
    public List<VoucherBatch> batches() {
        return store.read(h -> h.createQuery("SELECT * FROM voucher_batch ORDER BY id DESC")
                .map((rs, ctx) -> batch(rs)).list());
    }

    @Override
    public java.util.Optional<VoucherBatch> batch(long id) {
        return store.read(h -> h.createQuery("SELECT * FROM voucher_batch WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> batch(rs)).findOne());
    }

    private static VoucherBatch batch(java.sql.ResultSet rs) throws java.sql.SQLException {
        long disabled = rs.getLong("disabled_at_ms");
        var disabledAt = rs.wasNull() ? java.util.Optional.<Instant>empty()
                : java.util.Optional.of(Instant.ofEpochMilli(disabled));
        return new VoucherBatch(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                rs.getString("created_by"), rs.getString("note"), rs.getInt("voucher_count"),
                Instant.ofEpochMilli(rs.getLong("valid_until_ms")), rs.getLong("daily_quota_mb"),
                rs.getString("site_code"), disabledAt);
    }

    @Override
    public List<Voucher> inBatch(long id) {
        return store.read(h -> h.createQuery("SELECT * FROM voucher WHERE batch_id = :id "
                        + "ORDER BY batch_seq, code")
                .bind("id", id)
                .map((rs, ctx) -> new Voucher(rs.getString("code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                        Instant.ofEpochMilli(rs.getLong("expires_at_ms")), rs.getString("created_by"),
                        rs.getObject("used_at_ms") != null, rs.getString("note")))
                .list());
    }

    @Override
    public int disableBatch(long id, Instant at) {
        return store.write(h -> {
            int found = h.createUpdate("UPDATE voucher_batch SET disabled_at_ms = :at WHERE id = :id "
                    + "AND disabled_at_ms IS NULL").bind("at", at.toEpochMilli()).bind("id", id).execute();
            if (found == 0) {
                boolean exists = h.createQuery("SELECT COUNT(*) FROM voucher_batch WHERE id = :id").bind("id", id)
                        .mapTo(Integer.class).one() > 0;
                return exists ? 0 : -1;
            }
            return h.createUpdate("UPDATE voucher SET expires_at_ms = :at WHERE batch_id = :id AND used_at_ms IS NULL "
                    + "AND expires_at_ms > :at").bind("at", at.toEpochMilli()).bind("id", id).execute();
        });
    }
}
