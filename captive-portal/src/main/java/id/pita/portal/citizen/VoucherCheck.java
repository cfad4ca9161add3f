package id.pita.portal.citizen;

/** Decides a voucher code typed on the splash. Thread-safe. */
@FunctionalInterface
public interface VoucherCheck {
    /** Any non-empty code: accepted by default, so an integrator without vouchers need not wire this. */
    VoucherCheck ANY_NON_EMPTY = (code, hotspot) -> !code.isBlank();

    /** True to let the device in; {@code code} is trimmed and never empty. */
    boolean accept(String code, Hotspot hotspot);
}
