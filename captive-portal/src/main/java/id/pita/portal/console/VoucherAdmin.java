package id.pita.portal.console;

import java.util.List;

/** Port to the voucher table. Implementations are thread-safe. */
public interface VoucherAdmin {
    void add(Voucher voucher);

    /** All vouchers, newest first. */
    List<Voucher> all();

    /** Deletes an unused voucher; false if there is none with this code. */
    boolean revoke(String code);
}
