package id.pita.portal.citizen.opennds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The citizen's device: curl run inside the client namespace, so every request crosses the real gateway. */
public final class CurlClient {
    /** One HTTP answer; {@code status} is -1 when curl got none, with curl's message as the body. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    private final String namespace;

    /** A device in network namespace {@code namespace}. */
    public CurlClient(String namespace) {
        this.namespace = namespace;
    }

    public Response get(String url) {
        return curl(List.of(url));
    }

    /** POSTs an {@code application/x-www-form-urlencoded} form, as a browser submits one. */
    public Response post(String url, Map<String, String> form) {
        var args = new ArrayList<String>();
        form.forEach((k, v) -> args.addAll(List.of("--data-urlencode", k + "=" + v)));
        args.add(url);
        return curl(args);
    }

    private Response curl(List<String> args) {
        var command = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "curl", "-sS", "-i", "-m", "10",
                "--noproxy", "*",
                "-H", "Accept-Language: id-ID,id"));
        command.addAll(args);
        var r = Cmd.run(command);
        if (r.exitCode() != 0) {
            return new Response(-1, Map.of(), "curl exit " + r.exitCode() + ": " + r.output().trim());
        }
        return parse(r.output());
    }

    static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        var head = end < 0 ? raw : raw.substring(0, end);
        var body = end < 0 ? "" : raw.substring(end + 4);
        var lines = head.split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new TreeMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Response(status, headers, body);
    }
}
