package id.pita.portal.console;

import java.util.List;

/** Port to the voucher table. Implementations are thread-safe. */
public interface VoucherAdmin {
    void add(Voucher voucher);

    /** All vouchers, newest first. */
    List<Voucher> all();

    /** Deletes an unused voucher; false if there is none with this code. */
    boolean revoke(String code);

    /** Stores a batch and its vouchers together; returns the batch's id. */
    long addBatch(VoucherBatch batch, List<Voucher> vouchers);

    /** All batches, newest first. */
    List<VoucherBatch> batches();

    java.util.Optional<VoucherBatch> batch(long id);

    /** The vouchers of one batch, in the order they were made. */
    List<Voucher> inBatch(long id);

    /**
     * Disables a batch: its unused vouchers expire at {@code at}; returns how many were still unused, or -1 if
     * there is no such batch.
     */
    int disableBatch(long id, java.time.Instant at);
}
