package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.auth.Actor;
import id.pita.portal.auth.Role;
import id.pita.portal.testing.Client;
import id.pita.portal.testing.ConsoleServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, checked against the table in {@code docs/security/access-control.md}: every console and API
 * route the server mounts is in the table, and each sample request, sent as admin, OPD operator, viewer and
 * anonymous on the real server and store, answers the status the table says.
 */
class RoleMatrixIT {
    static final Path TABLE = Path.of("..", "docs", "security", "access-control.md");
    private static final String[] ROLES = {"admin", "opd", "viewer", "anonymous"};

    record Row(String method, String route, String sample, Map<String, Integer> expected) {
    }

    static List<Row> table() throws Exception {
        var rows = new ArrayList<Row>();
        for (var line : Files.readAllLines(TABLE)) {
            if (!line.startsWith("| ") || line.startsWith("| Method") || !line.contains("`")) {
                continue;
            }
            var cells = line.substring(1, line.length() - 1).split("\\|");
            var expected = new LinkedHashMap<String, Integer>();
            for (int i = 0; i < ROLES.length; i++) {
                expected.put(ROLES[i], Integer.parseInt(cells[3 + i].trim()));
            }
            rows.add(new Row(cells[0].trim(), cells[1].trim().replace("`", ""), cells[2].trim().replace("`", ""),
                    expected));
        }
        return rows;
    }

    @Test
    void everyRouteAsEveryRoleMatchesTheTableInTheDocs() throws Exception {
        var rows = table();
        try (var server = new ConsoleServer()) {
            var listed = new TreeSet<String>();
            rows.forEach(r -> listed.add(r.method() + " " + r.route()));
            var mounted = new TreeSet<String>();
            for (var r : server.router.getRoutes()) {
                var p = r.getPath();
                if (p != null && r.methods() != null && !r.methods().isEmpty()) {
                    r.methods().forEach(m -> mounted.add(m.name() + " " + p));
                }
            }
            assertThat(listed).as("routes in the table").containsExactlyElementsOf(mounted);

            var clients = new LinkedHashMap<String, Client>();
            clients.put("admin", login(server, "admin"));
            clients.put("opd", login(server, "opd-bappeda"));
            clients.put("viewer", login(server, "viewer"));
            clients.put("anonymous", new Client(server.base()));
            var mismatches = new ArrayList<String>();
            for (var row : rows) {
                for (var role : ROLES) {
                    var c = clients.get(role);
                    if (row.route().endsWith("/logout") && !role.equals("anonymous")) {
                        c = login(server, role.equals("opd") ? "opd-bappeda" : role);
                    }
                    int got;
                    if (row.route().equals("/console/live")) {
                        got = streamStatus(c, row.sample());
                    } else {
                        var response = send(c, row);
                        got = response.statusCode();
                        var type = response.headers().firstValue("content-type").orElse("");
                        // Every answer with a body names its type and (text) charset, errors included.
                        if (!response.body().isEmpty() && !type.equals("application/pdf")
                                && !type.toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8")) {
                            mismatches.add(row.method() + " " + row.sample() + " as " + role + ": Content-Type '"
                                    + type + "' without charset");
                        }
                        if (row.sample().startsWith("/console") && response.statusCode() != 302) {
                            var csp = response.headers().firstValue("content-security-policy").orElse("");
                            if (csp.contains("unsafe-inline") || !csp.contains("script-src 'self'")) {
                                mismatches.add(row.method() + " " + row.sample() + " as " + role + ": CSP " + csp);
                            }
                        }
                    }
                    if (got != row.expected().get(role)) {
                        mismatches.add(row.method() + " " + row.sample() + " as " + role + ": " + got + " (table: "
                                + row.expected().get(role) + ")");
                    }
                }
            }
            assertThat(mismatches).as("requests whose status differs from the table").isEmpty();
            assertThat(server.lastAudit("access.denied").actor()).isNotEmpty();
        }
    }

    @Test
    void opdAndViewerNeverReadVoucherCodes() throws Exception {
        try (var server = new ConsoleServer()) {
            var made = server.stack.service().createVouchers(new Actor("admin", Role.ADMIN, null),
                    new Fields(Map.of("count", "2", "validDays", "7")));
            var code = made.get(0).code();
            var admin = login(server, "admin");
            var opd = login(server, "opd-bappeda");
            var viewer = login(server, "viewer");
            assertThat(admin.get("/console/vouchers").statusCode()).isEqualTo(200);
            assertThat(admin.json("GET", "/api/v1/vouchers", null).body()).contains(code);
            assertThat(opd.get("/console/vouchers").statusCode()).isEqualTo(403);
            assertThat(opd.get("/console/vouchers").body()).doesNotContain(code);
            assertThat(opd.json("GET", "/api/v1/vouchers", null).statusCode()).isEqualTo(403);
            var page = viewer.get("/console/vouchers");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).doesNotContain(code);
            assertThat(viewer.json("GET", "/api/v1/vouchers", null).body())
                    .contains("********" + code.substring(8));
            assertThat(viewer.json("GET", "/api/v1/vouchers", null).body()).doesNotContain(code);
            // The audit log does not hold the codes either.
            assertThat(server.lastAudit("voucher.create").afterJson()).doesNotContain(code);
            // And the navigation offers OPD operators no voucher page.
            assertThat(opd.get("/console").body()).doesNotContain("href=\"/console/vouchers\"");
            assertThat(viewer.get("/console").body()).doesNotContain("href=\"/console/vouchers\"");
        }
    }

    private static Client login(ConsoleServer server, String user) {
        var c = server.client();
        assertThat(c.login(user, ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
        return c;
    }

    /** The status of a stream, which never ends by itself: read the head, then close. */
    private static int streamStatus(Client c, String path) throws Exception {
        var r = c.stream(path);
        r.body().close();
        return r.statusCode();
    }

    private static HttpResponse<String> send(Client c, Row row) {
        if (row.method().equals("POST") && row.route().endsWith("/login")) {
            // A user name of its own per request: the throttle counts per (user, address), all clients are 127.0.0.1.
            var nobody = "matrix-" + java.util.UUID.randomUUID();
            return row.sample().startsWith("/api/") ? c.json("POST", row.sample(), new io.vertx.core.json.JsonObject()
                    .put("username", nobody).put("password", "x")) : c.form(row.sample(), Map.of("_csrf", c.csrf,
                    "username", nobody, "password", "x"));
        }
        if (row.sample().startsWith("/api/")) {
            return c.json(row.method(), row.sample(), null);
        }
        if (row.method().equals("GET")) {
            return c.get(row.sample());
        }
        return c.form(row.sample(), c.csrf.isEmpty() ? Map.of() : Map.of("_csrf", c.csrf));
    }
}
