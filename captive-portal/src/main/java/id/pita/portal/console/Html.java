package id.pita.portal.console;

/** HTML building blocks. Every value from data or users goes through {@link #esc}; nothing external is loaded. */
public final class Html {
    static final String CSS = "body{font-family:system-ui,sans-serif;margin:0;color:#1d2530;"
            + "background:#f4f6f8;font-size:17px}"
            + "header{background:#0b4f6c;color:#fff;padding:6px 12px;font-size:15px;"
            + "display:flex;flex-wrap:wrap;gap:2px 4px;align-items:center}"
            + "header a{color:#fff;text-decoration:none;padding:8px 5px;white-space:nowrap}header b{margin-right:8px}"
            + "header button{font-size:15px;padding:6px 10px;margin:0}"
            + "@media(min-width:1100px){header{flex-wrap:nowrap}}"
            + "main{padding:16px;max-width:1100px;margin:auto}"
            + "section{background:#fff;border-radius:8px;padding:12px 16px;"
            + "margin-bottom:16px;box-shadow:0 1px 3px #0002}"
            + "table{border-collapse:collapse;width:100%}"
            + "td,th{border-bottom:1px solid #dde;padding:6px;text-align:left}"
            + "label{display:block;margin:8px 0 2px}"
            + "textarea{width:100%;box-sizing:border-box;font:14px monospace}"
            + "input,select{font-size:17px;padding:8px;min-width:180px;max-width:100%}"
            + "input[type=checkbox]{min-width:0;width:22px;height:22px;vertical-align:middle}"
            + "button{font-size:17px;padding:10px 18px;background:#0b4f6c;color:#fff;"
            + "border:0;border-radius:6px;margin-top:10px}"
            + ".err{background:#fde8e8;border:1px solid #c00;padding:8px;border-radius:6px}"
            // A fault note inside a table cell: a box of its own, so its padding cannot cover the line above.
            + "span.err{display:inline-block;margin-top:4px;padding:2px 6px}"
            // A live figure in a table ("6,25 Mbps") stays on one line in a narrow column.
            + "td>span[data-live]{white-space:nowrap}"
            + ".bad{border:2px solid #c00}.ok{background:#e6f6ea;padding:8px;border-radius:6px}"
            + ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px}"
            + ".banner{background:#fff4d6;border:1px solid #d9a300;padding:4px 12px;border-radius:6px;"
            + "margin-bottom:16px}.banner[hidden]{display:none}"
            + "svg.bar{width:100%;height:12px;display:block;margin-top:4px}td.wide{width:35%}"
            + "svg.chart{max-width:100%;height:auto}"
            + "fieldset{border:1px solid #dde;border-radius:6px;min-width:0}legend{font-weight:bold}"
            + ".big{font-size:26px;font-weight:bold}.muted{color:#667}form.inline{display:inline}"
            + "@media(max-width:700px){body{font-size:15px}main{padding:8px}section{padding:8px 10px}"
            + "table{display:block;overflow-x:auto}h1{font-size:24px}.big{font-size:22px}}"
            + "@media print{header,form,.noprint{display:none}body{background:#fff}}";

    /**
     * The console's Content-Security-Policy: scripts only as files from Pita (the dashboard's), no inline script
     * and no inline style but the one style sheet pinned by its hash (no {@code 'unsafe-inline'} anywhere),
     * images from the page itself or data URIs, the live stream to Pita, forms only to Pita.
     */
    public static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "' '"
            + sha256(id.pita.portal.report.MonthlyReportPage.CSS) + "' '" + sha256(id.pita.portal.report
            .MonthlyReportPage.PRINT_CSS + id.pita.portal.report.MonthlyReportPage.CSS) + "'; img-src 'self' data:; "
            + "script-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** The same for the public status page, which has no form. */
    public static final String STATUS_CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'self' "
            + "data:; frame-ancestors 'none'; base-uri 'none'";

    private Html() {
    }

    static String sha256(String text) {
        try {
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public static String esc(Object value) {
        var s = value == null ? "" : value.toString();
        var sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A whole page; {@code nav} and {@code body} are already-escaped HTML. */
    public static String page(String lang, String title, String nav, String body, String head) {
        return "<!doctype html><html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" + head
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body><header>" + nav
                + "</header><main><h1>" + esc(title) + "</h1>" + body + "</main></body></html>";
    }
}
