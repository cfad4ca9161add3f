package id.pita.portal.console;

import java.time.Instant;

/** A printed code a citizen may type on the splash page for access beyond the free plan. */
public record Voucher(String code, Instant createdAt, Instant expiresAt, String createdBy, boolean used, String note) {
}
