package id.pita.engine.coa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real FreeRADIUS 3.2 in the foreground with debug output ({@code -X}), configured from
 * {@code src/test/resources/freeradius-coa} as a gateway-side CoA peer on a free loopback port.
 */
final class FreeRadiusPeer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/freeradius");
    private static final Pattern REQUEST_LINE = Pattern.compile("^\\((\\d+)\\) (.*)$");

    private final Process process;
    private final int port;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private FreeRadiusPeer(Process process, int port) {
        this.process = process;
        this.port = port;
        var reader = new Thread(this::readOutput, "freeradius-output");
        reader.setDaemon(true);
        reader.start();
    }

    static FreeRadiusPeer start(Path runDir) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError("FreeRADIUS 3.2 is required at " + BINARY
                    + " (Debian package 'freeradius'): it is the real RFC 5176 peer of this test");
        }
        int port = freeUdpPort();
        var builder = new ProcessBuilder(BINARY.toString(), "-X", "-d", confDir().toString())
                .redirectErrorStream(true);
        builder.environment().put("PITA_CONF_DIR", confDir().toString());
        builder.environment().put("PITA_RUN_DIR", runDir.toString());
        builder.environment().put("PITA_COA_PORT", Integer.toString(port));
        var peer = new FreeRadiusPeer(builder.start(), port);
        peer.awaitReady(Duration.ofSeconds(30));
        return peer;
    }

    int port() {
        return port;
    }

    /** Every debug line FreeRADIUS printed for the request whose User-Name is {@code userName}. */
    List<String> requestLog(String userName, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            var found = findRequest(userName);
            if (!found.isEmpty() && found.stream().anyMatch(l -> l.startsWith("Finished request"))) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("FreeRADIUS logged no finished request for User-Name " + userName + ":\n" + output());
    }

    String output() {
        return String.join("\n", lines);
    }

    /**
     * The output once it contains {@code text} (bounded): FreeRADIUS may print a line after the datagram it
     * describes went out, and a thread of ours reads its pipe, so an answer can be here before its log line.
     */
    String outputContaining(String text, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            var out = output();
            if (out.contains(text)) {
                return out;
            }
            Thread.sleep(20);
        }
        return output();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private List<String> findRequest(String userName) {
        var byRequest = new java.util.LinkedHashMap<String, List<String>>();
        for (var line : lines) {
            var m = REQUEST_LINE.matcher(line);
            if (m.matches()) {
                byRequest.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).trim());
            }
        }
        var wanted = "User-Name = \"" + userName + "\"";
        return byRequest.values().stream().filter(l -> l.contains(wanted)).findFirst().orElse(List.of());
    }

    private void awaitReady(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains("Ready to process requests"))) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("FreeRADIUS exited with " + process.exitValue() + ":\n" + output());
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("FreeRADIUS was not ready within " + max + ":\n" + output());
    }

    private void readOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }

    private static Path confDir() {
        try {
            return Path.of(FreeRadiusPeer.class.getResource("/freeradius-coa/radiusd.conf").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port free right now: bound, read and released (FreeRADIUS binds it a moment later). */
    private static int freeUdpPort() throws IOException {
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
