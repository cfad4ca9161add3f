package id.pita.portal.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Debian Chromium driven over the Chrome DevTools Protocol with the JDK's WebSocket client. Binds its
 * debugging port on loopback (port 0, read back from {@code DevToolsActivePort}).
 */
public final class DevTools implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private volatile int viewportWidth = 1024;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    public DevTools() throws Exception {
        this(new String[0]);
    }

    /** With extra Chromium flags, e.g. {@code --ignore-certificate-errors} for a test's self-signed HTTPS. */
    public DevTools(String... extraFlags) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("Chromium is required for this test but " + CHROMIUM
                    + " is missing: apt-get install chromium");
        }
        profile = Files.createTempDirectory("pita-chromium");
        var command = new java.util.ArrayList<>(java.util.List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-background-networking",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1024,768"));
        command.addAll(java.util.List.of(extraFlags));
        command.add("about:blank");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        int port = debugPort();
        var http = HttpClient.newHttpClient();
        var list = new JsonArray(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String ws = null;
        for (int i = 0; i < list.size(); i++) {
            if ("page".equals(list.getJsonObject(i).getString("type"))) {
                ws = list.getJsonObject(i).getString("webSocketDebuggerUrl");
            }
        }
        if (ws == null) {
            throw new AssertionError("Chromium offered no page target: " + list);
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(10, TimeUnit.SECONDS);
    }

    private int debugPort() throws Exception {
        var file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                var lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("Chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50); // polling for the browser's start-up, bounded by the deadline
        }
        throw new AssertionError("Chromium did not open its debugging port within 30 s");
    }

    /** Sends one CDP command and waits for its result. */
    public JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        var future = new CompletableFuture<JsonObject>();
        pending.put(id, future);
        socket.sendText(new JsonObject().put("id", id).put("method", method).put("params", params).encode(), true)
                .get(10, TimeUnit.SECONDS);
        var reply = future.get(30, TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            var error = reply.getJsonObject("error");
            var message = String.valueOf(error.getString("message"));
            if (NAVIGATED.stream().anyMatch(message::contains)) {
                throw new Navigated(method + " failed: " + error);
            }
            throw new AssertionError(method + " failed: " + error);
        }
        return reply.getJsonObject("result");
    }

    /**
     * Chromium's answers to a command that was in flight while the page navigated: the old document's context is
     * gone. A poll retries on them; any other error fails the test.
     */
    private static final java.util.List<String> NAVIGATED = java.util.List.of("Inspected target navigated or closed",
            "Execution context was destroyed", "Cannot find context with specified id");

    /** A command lost to a navigation (see {@link #NAVIGATED}). */
    public static final class Navigated extends AssertionError {
        Navigated(String message) {
            super(message);
        }
    }

    /** {@link #eval} for a poll: a navigation in progress reads as "not yet" ({@code null}). */
    private Object poll(String expression) throws Exception {
        try {
            return eval(expression);
        } catch (Navigated e) {
            return null;
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value. */
    public Object eval(String expression) throws Exception {
        var r = send("Runtime.evaluate", new JsonObject().put("expression", expression).put("returnByValue", true));
        return r.getJsonObject("result").getValue("value");
    }

    /** Marks the current document, runs {@code action}, then waits for a new document to finish loading. */
    public void andWaitForNewPage(String action) throws Exception {
        eval("window.__pitaOld = true");
        try {
            eval(action);
        } catch (Navigated e) {
            // the action navigated before Chromium answered: what it was meant to do
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(poll("!window.__pitaOld && document.readyState === 'complete'"))) {
                return;
            }
            Thread.sleep(50); // polling the page load, bounded by the deadline
        }
        throw new AssertionError("page did not load within 20 s");
    }

    public void navigate(String url) throws Exception {
        andWaitForNewPage("location.href = " + new JsonArray().add(url).encode().replaceAll("^\\[|]$", ""));
    }

    /** Emulates a screen {@code width} x {@code height} CSS pixels (mobile below 600 px); 0, 0 resets. */
    public void viewport(int width, int height) throws Exception {
        viewportWidth = width == 0 ? 1024 : width;
        if (width == 0) {
            send("Emulation.clearDeviceMetricsOverride", new JsonObject());
            return;
        }
        send("Emulation.setDeviceMetricsOverride", new JsonObject().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", width < 600));
    }

    /** Waits until {@code condition} (a JavaScript expression) is true in the page, at most {@code seconds}. */
    public void waitFor(String condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(poll("!!(" + condition + ")"))) {
                return;
            }
            Thread.sleep(50); // polling the page, bounded by the deadline
        }
        throw new AssertionError("not true within " + seconds + " s: " + condition);
    }

    /** A PNG of the whole page at the viewport's width (1024 px unless {@link #viewport} set another). */
    public byte[] screenshot() throws Exception {
        var height = ((Number) eval("Math.max(768, document.documentElement.scrollHeight)")).intValue();
        var r = send("Page.captureScreenshot", new JsonObject().put("format", "png").put("captureBeyondViewport", true)
                .put("clip", new JsonObject().put("x", 0).put("y", 0).put("width", viewportWidth).put("height", height)
                        .put("scale", 1)));
        return java.util.Base64.getDecoder().decode(r.getString("data"));
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                var msg = new JsonObject(partial.toString());
                partial.setLength(0);
                var id = msg.getInteger("id");
                if (id != null && pending.containsKey(id)) {
                    pending.remove(id).complete(msg);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
