package id.pita.core.session;

/** Acct-Status-Type [RFC 2866 §5.1]. */
public enum AcctStatus {
    START(1), STOP(2), INTERIM_UPDATE(3), ACCOUNTING_ON(7), ACCOUNTING_OFF(8);

    private final int code;

    AcctStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static java.util.Optional<AcctStatus> ofCode(int code) {
        for (var s : values()) {
            if (s.code == code) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
