package id.pita.portal.citizen.opennds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the interop test needs from the machine; missing pieces fail the test with one clear message. */
final class Prerequisites {
    private static final List<String> TOOLS = List.of("opennds", "ndsctl", "ip", "iptables-legacy", "nft", "curl",
            "nginx", "unshare", "nsenter", "mount", "sha256sum");
    private static final List<String> DIRS = List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private Prerequisites() {
    }

    static void check() {
        var problems = new ArrayList<String>();
        for (var tool : TOOLS) {
            if (DIRS.stream().map(d -> Path.of(d, tool)).noneMatch(Files::isExecutable)) {
                problems.add("missing " + tool);
            }
        }
        var uid = Cmd.run("id", "-u");
        if (!"0".equals(uid.output().trim())) {
            problems.add("not root (uid " + uid.output().trim() + "): network namespaces and iptables need root");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("OpenNdsInteropIT cannot run the real openNDS gateway: " + problems
                    + ". Install the Debian packages with scripts/install-test-deps (opennds, iproute2, iptables, "
                    + "nftables, curl, nginx) and run the build as root.");
        }
    }
}
