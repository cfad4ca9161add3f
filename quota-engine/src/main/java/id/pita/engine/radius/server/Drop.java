package id.pita.engine.radius.server;

/** Why a request was dropped without an answer; the label of {@code pita_radius_dropped_total}. */
public enum Drop {
    /** Source address is not a configured gateway [RFC 2865 §3]. */
    UNKNOWN_SOURCE("unknown-source"),
    /** Not a RADIUS packet: lengths wrong [RFC 2865 §3]. */
    MALFORMED("malformed"),
    /** A datagram longer than the 4,096 octets a RADIUS packet may have [RFC 2865 §3]. */
    OVERSIZED("oversized"),
    /** A code this port does not serve (a response, or accounting on the auth port). */
    UNEXPECTED_CODE("unexpected-code"),
    /** Accounting Request Authenticator does not match the shared secret [RFC 2866 §3]. */
    BAD_AUTHENTICATOR("bad-authenticator"),
    /** Message-Authenticator present but wrong [RFC 3579 §3.2]. */
    BAD_MESSAGE_AUTHENTICATOR("bad-message-authenticator"),
    /** Message-Authenticator required and absent (BlastRADIUS, CVE-2024-3596; RFC 5997 §3). */
    MISSING_MESSAGE_AUTHENTICATOR("missing-message-authenticator"),
    /** A retransmission of a request still being processed [RFC 5080 §2.2.2]. */
    DUPLICATE_IN_FLIGHT("duplicate-in-flight"),
    /** A required attribute is absent or malformed (User-Name, password, Acct-Status-Type). */
    BAD_ATTRIBUTE("bad-attribute"),
    /** The worker queue is full. */
    OVERLOAD("overload"),
    /** The accounting sink failed: no answer, so the gateway retransmits [RFC 2866 §2]. */
    SINK_FAILED("sink-failed"),
    /** The access handler threw. */
    HANDLER_FAILED("handler-failed"),
    /** An unexpected failure in the pipeline. */
    INTERNAL_ERROR("internal-error");

    private final String label;

    Drop(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
