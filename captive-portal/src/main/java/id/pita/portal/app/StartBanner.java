package id.pita.portal.app;

import java.io.PrintStream;
import java.net.InetSocketAddress;

/** What a started Pita prints for people: its URLs and, on first start, the console admin's one-time password. */
public final class StartBanner {
    private StartBanner() {
    }

    /** The URLs a person needs, and on first start the admin's one-time password. */
    public static void print(Pita pita, PrintStream out) {
        var base = base(pita.webAddress());
        var admin = base(pita.adminAddress());
        out.println("Pita berjalan / is running (" + pita.district().current().name() + ")");
        out.println("  Portal warga : " + base + "/  (URL publik: " + pita.config().web().publicUrl() + ")");
        out.println("  Status publik: " + base + "/status");
        out.println("  Konsol       : " + admin + "/console  (listener admin)");
        out.println("  Metrics      : " + admin + "/metrics");
        out.println("  RADIUS       : auth " + pita.authAddress() + ", accounting " + pita.accountingAddress());
        if (pita.firstRun()) {
            out.println(Pita.FIRST_RUN);
        }
        pita.bootstrapPassword().ifPresent(p -> out.println("  Login konsol pertama: admin / " + p
                + "  (ditampilkan sekali: ganti setelah login / shown once: change it after logging in)"));
        out.flush();
    }

    private static String base(InetSocketAddress a) {
        var host = a.getHostString();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            host = "localhost";
        }
        return "http://" + host + ":" + a.getPort();
    }
}
