package id.pita.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/**
 * Vouchers in {@code voucher} and their batches in {@code voucher_batch}. Disabling a batch expires its unused
 * vouchers, so checking a code needs only the {@code voucher} table.
 */
public final class VoucherRepository {
    private static final String VOUCHER_COLUMNS = "code, created_at_ms, expires_at_ms, created_by, used_at_ms, note";
    private static final String BATCH_COLUMNS = "id, created_at_ms, created_by, note, voucher_count, valid_until_ms, "
            + "daily_quota_mb, site_code, disabled_at_ms";
    private final Store store;

    VoucherRepository(Store store) {
        this.store = store;
    }

    /** Uses the code up if it is unused and unexpired at {@code now}, in one step; true if it did. */
    public boolean use(String code, Instant now) {
        return store.write(h -> h.createUpdate("UPDATE voucher SET used_at_ms = :now WHERE code = :c "
                        + "AND used_at_ms IS NULL AND expires_at_ms > :now")
                .bind("now", now.toEpochMilli()).bind("c", code).execute() == 1);
    }

    /** Whether the code exists, is unused and unexpired at {@code now}. */
    public boolean valid(String code, Instant now) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM voucher WHERE code = :c AND used_at_ms IS NULL "
                        + "AND expires_at_ms > :now")
                .bind("c", code).bind("now", now.toEpochMilli()).mapTo(Integer.class).one()) == 1;
    }

    /** Makes a used code usable again (the admission it was used for failed). */
    public void release(String code) {
        store.writeVoid(h -> h.createUpdate("UPDATE voucher SET used_at_ms = NULL WHERE code = :c")
                .bind("c", code).execute());
    }

    /** Stores one voucher outside any batch. */
    public void add(VoucherRow v) {
        store.writeVoid(h -> insert(h, v, null));
    }

    /** Every voucher, newest first (then by code). */
    public List<VoucherRow> all() {
        return store.read(h -> h.createQuery("SELECT " + VOUCHER_COLUMNS + " FROM voucher "
                        + "ORDER BY created_at_ms DESC, code")
                .map((rs, ctx) -> voucher(rs)).list());
    }

    /** Deletes an unused voucher; false if there is no such code or it was used. */
    public boolean revoke(String code) {
        return store.write(h -> h.createUpdate("DELETE FROM voucher WHERE code = :c AND used_at_ms IS NULL")
                .bind("c", code).execute() == 1);
    }

    /** Stores the batch (its id ignored) and its vouchers in one transaction; returns the batch's new id. */
    public long addBatch(VoucherBatchRow b, List<VoucherRow> vouchers) {
        return store.write(h -> {
            long id = h.createUpdate("INSERT INTO voucher_batch (created_at_ms, created_by, note, voucher_count, "
                            + "valid_until_ms, daily_quota_mb, site_code) VALUES (:at, :by, :note, :n, :until, :mb, :site)")
                    .bind("at", b.createdAt().toEpochMilli()).bind("by", b.createdBy()).bind("note", b.note())
                    .bind("n", b.count()).bind("until", b.validUntil().toEpochMilli()).bind("mb", b.dailyQuotaMb())
                    .bind("site", b.siteCode()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            vouchers.forEach(v -> insert(h, v, id));
            return id;
        });
    }

    /** Every batch, newest first. */
    public List<VoucherBatchRow> batches() {
        return store.read(h -> h.createQuery("SELECT " + BATCH_COLUMNS + " FROM voucher_batch ORDER BY id DESC")
                .map((rs, ctx) -> batch(rs)).list());
    }

    public Optional<VoucherBatchRow> batch(long id) {
        return store.read(h -> h.createQuery("SELECT " + BATCH_COLUMNS + " FROM voucher_batch WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> batch(rs)).findOne());
    }

    /**
     * The batch's vouchers in the order they were stored (the order of the printed cards).
     *
     * <p>SQLite-specific: {@code voucher} has a text key and no column recording insertion order, so this orders
     * by SQLite's implicit {@code rowid}. PostgreSQL has none; a dialect there needs an ordering column.
     */
    public List<VoucherRow> inBatch(long id) {
        return store.read(h -> h.createQuery("SELECT " + VOUCHER_COLUMNS + " FROM voucher WHERE batch_id = :id "
                        + "ORDER BY rowid")
                .bind("id", id).map((rs, ctx) -> voucher(rs)).list());
    }

    /**
     * Disables the batch at {@code at} and expires its unused vouchers then; returns how many it expired, 0 if the
     * batch was disabled already, -1 if there is no such batch.
     */
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

    private static void insert(Handle h, VoucherRow v, Long batchId) {
        h.createUpdate("INSERT INTO voucher (code, created_at_ms, expires_at_ms, created_by, note, batch_id) "
                        + "VALUES (:c, :at, :until, :by, :note, :batch)")
                .bind("c", v.code()).bind("at", v.createdAt().toEpochMilli())
                .bind("until", v.expiresAt().toEpochMilli()).bind("by", v.createdBy())
                .bind("note", v.note()).bind("batch", batchId).execute();
    }

    private static VoucherRow voucher(ResultSet rs) throws SQLException {
        return new VoucherRow(rs.getString("code"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                Instant.ofEpochMilli(rs.getLong("expires_at_ms")), rs.getString("created_by"),
                rs.getObject("used_at_ms") != null, rs.getString("note"));
    }

    private static VoucherBatchRow batch(ResultSet rs) throws SQLException {
        long disabled = rs.getLong("disabled_at_ms");
        var disabledAt = rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(disabled));
        return new VoucherBatchRow(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                rs.getString("created_by"), rs.getString("note"), rs.getInt("voucher_count"),
                Instant.ofEpochMilli(rs.getLong("valid_until_ms")), rs.getLong("daily_quota_mb"),
                rs.getString("site_code"), disabledAt);
    }
}
