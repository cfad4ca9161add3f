package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.District;
import id.pita.core.store.Store;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while a console edit is being saved (issue 17, faults): a child-JVM Pita takes back-to-back pool edits
 * over the REST API (each save rewrites the whole district, 55 sites and gateways, in one transaction) and is
 * killed at a random moment; the store reopened afterwards holds exactly the district before the edit in flight
 * or after it, never a mixture, and no acknowledged edit is lost. Several rounds on the same file.
 */
class ConsoleEditKillIT {
    static final int ROUNDS = 4;
    static final String PASSWORD = "diskominfo paser satu komando";

    @TempDir
    Path dir;

    @Test
    void afterAKillTheDistrictIsTheOldOrTheNewNeverAMixture() throws Exception {
        var db = dir.resolve("pita.db");
        var random = new Random(17);
        var recovery = new java.util.ArrayList<String>();
        District original = null;
        long lastAcked = -1;
        for (int round = 0; round < ROUNDS; round++) {
            var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PitaChild.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            var acked = new AtomicLong(lastAcked);
            var sent = new AtomicLong(lastAcked);
            var editing = new AtomicBoolean(true);
            var refused = new java.util.concurrent.atomic.AtomicReference<String>();
            long edits;
            try {
                var ready = readyLine(child);
                if (round == 0) {
                    try (var store = Store.open(db)) {
                        original = store.districts().load("paser").orElseThrow();
                    }
                }
                var url = "http://127.0.0.1:" + ready[0];
                Client admin;
                if (round == 0) {
                    admin = new Client(url);
                    assertThat(admin.login("admin", ready[1]).statusCode()).isEqualTo(200);
                    // The printed password is used up: first a password of one's own, then a second factor.
                    assertThat(admin.json("POST", "/api/v1/account/password", new JsonObject()
                            .put("newPassword", PASSWORD)).statusCode()).isEqualTo(204);
                    var totp = id.pita.portal.auth.Totp.newSecret(new java.security.SecureRandom());
                    var enrolled = admin.json("POST", "/api/v1/account/totp", new JsonObject()
                            .put("currentPassword", PASSWORD).put("secret", totp)
                            .put("code", id.pita.portal.auth.Totp.code(totp, java.time.Instant.now())));
                    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
                    new JsonObject(enrolled.body()).getJsonArray("recoveryCodes")
                            .forEach(c -> recovery.add((String) c));
                } else {
                    // A recovery code per round: a TOTP code may not be taken twice within its 30 s.
                    admin = new Client(url, user -> recovery.remove(0));
                    var login = admin.login("admin", PASSWORD);
                    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
                }
                var orig = original;
                long base = orig.pool().capacity().down() / 1_000_000;
                long first = sent.get() + 1;
                var editor = new Thread(() -> {
                    for (long v = first; editing.get(); v++) {
                        sent.set(v);
                        var r = admin.json("PUT", "/api/v1/pool", new JsonObject()
                                .put("capacity.down", base + v).put("capacity.up", orig.pool().capacity().up()
                                        / 1_000_000).put("monthlyCostIdr", orig.pool().monthlyCostIdr() + v));
                        if (r.statusCode() != 200) {
                            refused.set("edit " + v + " answered " + r.statusCode() + ": " + r.body());
                            return;
                        }
                        acked.set(v);
                    }
                }, "console-editor");
                editor.setDaemon(true);
                // The edit in flight (not its answer) is what a kill interrupts: wait until a few went through.
                editor.start();
                while (acked.get() < first + 2) {
                    Thread.sleep(5);
                    assertThat(editor.isAlive()).as("editor alive (%s)", refused.get()).isTrue();
                }
                Thread.sleep(random.nextInt(400));
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                editing.set(false);
                editor.join(30_000);
                edits = acked.get() - first + 1;
            } finally {
                editing.set(false);
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (var store = Store.open(db)) {
                var after = store.districts().load("paser").orElseThrow();
                long v = after.pool().monthlyCostIdr() - original.pool().monthlyCostIdr();
                System.out.printf("round %d: %d edits acknowledged, last %d, in flight %d, store holds %d%n", round,
                        edits, acked.get(), sent.get(), v);
                assertThat(v).as("the store's edit: the last acknowledged or the one in flight")
                        .isBetween(acked.get(), sent.get());
                var expected = new District(original.code(), original.name(), original.zone(),
                        new id.pita.core.district.Pool(new id.pita.core.district.Bandwidth(
                                original.pool().capacity().down() + v * 1_000_000, original.pool().capacity().up()),
                                original.pool().monthlyCostIdr() + v, original.pool().backup(),
                                original.pool().tiers()),
                        original.sites(), original.gateways(), original.calendar(), original.policies(),
                        original.citizenPlan());
                assertThat(after).as("the whole district is edit %d's, nothing else changed", v).isEqualTo(expected);
                lastAcked = v;
            }
        }
    }

    /**
     * The child's READY line: admin port and password, then public, RADIUS auth and accounting ports; its stdout
     * keeps draining afterwards.
     */
    static String[] readyLine(Process child) throws Exception {
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (var line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                var drain = new Thread(() -> out.lines().forEach(l -> { }), "child-stdout");
                drain.setDaemon(true);
                drain.start();
                return line.substring(6).trim().split(" ");
            }
        }
        throw new AssertionError("child ended before it was ready");
    }
}
