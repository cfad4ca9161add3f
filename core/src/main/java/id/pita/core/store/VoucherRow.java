package id.pita.core.store;

import java.time.Instant;

/** One voucher code as stored in {@code voucher}: made when and by whom, valid until, whether used, its note. */
public record VoucherRow(String code, Instant createdAt, Instant expiresAt, String createdBy, boolean used,
                         String note) {
    public VoucherRow {
        createdBy = createdBy == null ? "" : createdBy;
        note = note == null ? "" : note;
    }
}
