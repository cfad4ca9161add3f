package id.pita.portal.citizen;

/** Decides a voucher code typed on the splash. Thread-safe. */
@FunctionalInterface
public interface VoucherCheck {
    /** Any non-empty code: accepted by default, so an integrator without vouchers need not wire this. */
    VoucherCheck ANY_NON_EMPTY = (code, hotspot) -> !code.isBlank();

    /**
     * Uses the code up and answers true, atomically (of two callers with one code, one wins); false when it is
     * unknown, expired or already used. {@code code} is trimmed and never empty.
     */
    boolean accept(String code, Hotspot hotspot);

    /** Whether {@link #accept} would take the code now, without using it up (a log-in may still be refused). */
    default boolean valid(String code, Hotspot hotspot) {
        return !code.isBlank();
    }

    /** Gives back a code {@link #accept} took for a log-in that then failed. */
    default void release(String code) {
    }
}
