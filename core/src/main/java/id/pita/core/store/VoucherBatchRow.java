package id.pita.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A batch of vouchers as stored in {@code voucher_batch}.
 *
 * @param id           0 until stored
 * @param dailyQuotaMb data a voucher of the batch allows a day, in MB; 0 = the citizen plan's
 * @param siteCode     the hotspot whose login page the cards' QR code opens; empty = none
 * @param disabledAt   when the batch was disabled; empty while it is not
 */
public record VoucherBatchRow(long id, Instant createdAt, String createdBy, String note, int count,
                              Instant validUntil, long dailyQuotaMb, String siteCode, Optional<Instant> disabledAt) {
    public VoucherBatchRow {
        note = note == null ? "" : note;
        siteCode = siteCode == null ? "" : siteCode;
        disabledAt = disabledAt == null ? Optional.empty() : disabledAt;
    }
}
