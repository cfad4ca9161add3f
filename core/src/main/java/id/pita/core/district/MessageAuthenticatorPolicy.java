package id.pita.core.district;

/**
 * Whether an Access-Request from a gateway must carry Message-Authenticator (BlastRADIUS,
 * CVE-2024-3596). {@code AUTO} requires it once the gateway has sent one, as FreeRADIUS 3.2.5 does;
 * {@code OFF} is for old firmware and is flagged as a risk in the console.
 */
public enum MessageAuthenticatorPolicy {
    REQUIRE, AUTO, OFF
}
