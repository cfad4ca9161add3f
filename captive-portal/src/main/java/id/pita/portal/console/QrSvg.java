package id.pita.portal.console;

import io.nayuki.qrcodegen.QrCode;

/** A QR code (Nayuki's qrcodegen, error correction M) as one SVG path, crisp at any print size. */
final class QrSvg {
    /** Quiet zone in modules, as the standard asks (ISO/IEC 18004 §6.3.8: four modules). */
    private static final int QUIET = 4;

    private QrSvg() {
    }

    static String of(String text, String label) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + Html.esc(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
    }
}
