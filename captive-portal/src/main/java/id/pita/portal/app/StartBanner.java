package id.pita.portal.app;

import java.io.PrintStream;
import java.net.InetSocketAddress;

/** What a started Pita prints for people: its URLs and, on first start, the console admin's one-time password. */
public final class StartBanner {
    private StartBanner() {
    }

    /** The URLs a person needs, and on first start the admin's one-time password, in Bahasa Indonesia. */
    public static void print(Pita pita, PrintStream out) {
        print(pita, out, false);
    }

    /** As {@link #print(Pita, PrintStream)}, in English when {@code english}. */
    public static void print(Pita pita, PrintStream out, boolean english) {
        var web = pita.config().web();
        var base = base(pita.webAddress(), web.publicListener().tls().isPresent());
        var admin = base(pita.adminAddress(), web.admin().tls().isPresent());
        out.println((english ? "Pita is running (" : "Pita berjalan (") + pita.district().current().name() + ")");
        out.println((english ? "  Citizen portal: " : "  Portal warga : ") + base + "/  ("
                + (english ? "public URL: " : "URL publik: ") + pita.config().web().publicUrl()
                + (english ? "; a gateway adds its parameters)" : "; gateway menambah parameternya)"));
        out.println((english ? "  Public status: " : "  Status publik: ") + base + "/status");
        out.println((english ? "  Console      : " : "  Konsol       : ") + admin + "/console  ("
                + (english ? "admin listener)" : "listener admin)"));
        out.println("  Metrics      : " + admin + "/metrics");
        out.println("  RADIUS       : " + (english ? "auth " : "autentikasi ") + pita.authAddress() + ", "
                + (english ? "accounting " : "akuntansi ") + pita.accountingAddress());
        if (pita.firstRun()) {
            out.println(Pita.FIRST_RUN);
        }
        pita.bootstrapPassword().ifPresent(p -> out.println((english ? "  First console login: admin / "
                : "  Login konsol pertama: admin / ") + p + (english ? "  (shown once: change it after logging in)"
                : "  (ditampilkan sekali: ganti setelah login)")));
        out.flush();
    }

    /** {@code http://host:port} of a bound address, {@code localhost} for the wildcard. */
    public static String base(InetSocketAddress a) {
        return base(a, false);
    }

    /** {@code http(s)://host:port} of a bound address, {@code localhost} for the wildcard. */
    public static String base(InetSocketAddress a, boolean tls) {
        var host = a.getHostString();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            host = "localhost";
        }
        return (tls ? "https://" : "http://") + host + ":" + a.getPort();
    }
}
