package id.pita.portal.console;

import java.time.Instant;
import java.util.Optional;

/**
 * Vouchers made together for an event or for guests.
 *
 * @param id           0 until stored
 * @param dailyQuotaMb data a voucher of the batch allows a day, in MB (10^6 bytes); 0 = the citizen plan's
 * @param siteCode     the hotspot whose login page the cards' QR code opens; empty = none chosen
 * @param disabledAt   when the batch was disabled (its unused vouchers expired then)
 */
public record VoucherBatch(long id, Instant createdAt, String createdBy, String note, int count, Instant validUntil,
                           long dailyQuotaMb, String siteCode, Optional<Instant> disabledAt) {
    public VoucherBatch {
        note = note == null ? "" : note;
        siteCode = siteCode == null ? "" : siteCode;
        disabledAt = disabledAt == null ? Optional.empty() : disabledAt;
    }

    public VoucherBatch withId(long newId) {
        return new VoucherBatch(newId, createdAt, createdBy, note, count, validUntil, dailyQuotaMb, siteCode,
                disabledAt);
    }

    public boolean disabled() {
        return disabledAt.isPresent();
    }
}
