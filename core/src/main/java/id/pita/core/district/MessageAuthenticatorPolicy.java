package id.pita.core.district;

/**
 * Whether an Access-Request from a gateway must carry Message-Authenticator (BlastRADIUS,
 * CVE-2024-3596). {@code AUTO} requires it once the gateway has sent one, as FreeRADIUS 3.2.5 does;
 * {@code OFF} is for old firmware and is flagged as a risk in the console.
 */
public enum MessageAuthenticatorPolicy {
    REQUIRE, AUTO, OFF;

    /**
     * AUTO for MikroTik: RouterOS before 7.15 (6.49 is common in districts) never sends
     * Message-Authenticator, so REQUIRE would make every log-in from it time out silently; once a router
     * signs one request it must sign them all. REQUIRE for every other vendor.
     */
    public static MessageAuthenticatorPolicy defaultFor(Vendor vendor) {
        return vendor == Vendor.MIKROTIK ? AUTO : REQUIRE;
    }
}
