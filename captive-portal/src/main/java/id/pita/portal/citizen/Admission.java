package id.pita.portal.citizen;

import id.pita.core.Check;

/** The limits openNDS applies to an admitted client (authmon line); 0 means none. */
public record Admission(long sessionMinutes, long uploadKbps, long downloadKbps, long uploadQuotaKb,
                        long downloadQuotaKb) {
    public Admission {
        Check.nonNegative("sessionMinutes", sessionMinutes);
        Check.nonNegative("uploadKbps", uploadKbps);
        Check.nonNegative("downloadKbps", downloadKbps);
        Check.nonNegative("uploadQuotaKb", uploadQuotaKb);
        Check.nonNegative("downloadQuotaKb", downloadQuotaKb);
    }
}
