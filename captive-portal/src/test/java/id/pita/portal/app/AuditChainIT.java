package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.console.AuditEntry;
import id.pita.portal.testing.ConsoleServer;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit log an auditor can trust, on the real server and store: log-ins, denials and changes (as diffs) are
 * entries chained by hashes; {@code pita audit verify} finds a row altered or removed with SQL.
 */
class AuditChainIT {
    private record Run(int code, String out) {
    }

    private static Run verify(ConsoleServer server) throws Exception {
        var config = server.dir.resolve("pita.yaml");
        Files.writeString(config, "dataFile: " + server.dir.resolve("pita.db") + "\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = AdminCommands.run(new String[] {"audit", "verify", "--config", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eventsAreChainedAndAnUpdatedOrDeletedRowIsDetected() throws Exception {
        try (var server = new ConsoleServer()) {
            var admin = server.client();
            assertThat(admin.login("admin", "wrong password").statusCode()).isEqualTo(401);
            assertThat(admin.login("admin", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(admin.json("PUT", "/api/v1/pool", new JsonObject().put("capacity.down", 150)
                    .put("capacity.up", 40).put("monthlyCostIdr", 15_000_000)).statusCode()).isEqualTo(200);
            var viewer = server.client();
            assertThat(viewer.login("viewer", ConsoleServer.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(viewer.json("GET", "/api/v1/audit", null).statusCode()).isEqualTo(403);

            var failure = server.lastAudit("login.failure");
            assertThat(failure.actor()).isEqualTo("admin");
            assertThat(failure.address()).isEqualTo("127.0.0.1");
            assertThat(server.lastAudit("login.success").actor()).isEqualTo("viewer");
            var denied = server.lastAudit("access.denied");
            assertThat(denied.actor()).isEqualTo("viewer");
            assertThat(denied.entity()).isEqualTo("GET /api/v1/audit");
            var pool = server.lastAudit("pool.update");
            // What changed, not the whole district (which was ~25 KB per entry before).
            assertThat(new JsonObject(pool.afterJson())).isEqualTo(new JsonObject().put("pool.capacity.down",
                    150_000_000L));
            assertThat(pool.beforeJson().length() + pool.afterJson().length()).isLessThan(100);

            var intact = verify(server);
            assertThat(intact.code()).as(intact.out()).isZero();
            assertThat(intact.out()).contains("audit log intact").contains(server.auditEntries().size()
                    + " entries chained");

            long victim = pool.id();
            var original = pool.afterJson();
            server.store.writeVoid(h -> h.createUpdate("UPDATE audit_log SET after_json = :v WHERE id = :id")
                    .bind("v", "{\"pool.capacity.down\":100000000}").bind("id", victim).execute());
            var altered = verify(server);
            assertThat(altered.code()).isEqualTo(1);
            assertThat(altered.out()).contains("BROKEN").contains("entry " + victim + " was altered");
            assertThat(new JsonObject(admin.json("GET", "/api/v1/audit/verify", null).body()).getLong("firstBadId"))
                    .isEqualTo(victim);

            server.store.writeVoid(h -> h.createUpdate("UPDATE audit_log SET after_json = :v WHERE id = :id")
                    .bind("v", original).bind("id", victim).execute());
            assertThat(verify(server).code()).isZero();
            server.store.writeVoid(h -> h.createUpdate("DELETE FROM audit_log WHERE id = :id").bind("id", victim)
                    .execute());
            var removed = verify(server);
            assertThat(removed.code()).isEqualTo(1);
            assertThat(removed.out()).contains("entry " + (victim + 1) + " does not follow");
        }
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        try (var server = new ConsoleServer()) {
            var pool = Executors.newFixedThreadPool(4);
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        server.stack.audit().append(AuditEntry.of(Instant.now(), "t" + thread, "test.event",
                                "n:" + i, "127.0.0.1", "", "{}"));
                    }
                }));
            }
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            var v = server.stack.audit().verify();
            assertThat(v.intact()).as(v.problem()).isTrue();
            assertThat(v.checked()).isEqualTo(server.auditEntries().size()).isGreaterThanOrEqualTo(100);
        }
    }
}
