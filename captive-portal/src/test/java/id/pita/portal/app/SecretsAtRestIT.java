package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.Backups;
import id.pita.core.store.SecretBox;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.portal.testing.Client;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 7, against the REAL running Pita and its SQLite file: a gateway made in the console gets its
 * secret shown once; neither it nor any other gateway secret, faskey/uamsecret or office password is in the
 * bytes of the database, its WAL or a backup; a restarted Pita reads it back (the engine accepts the gateway's
 * Access-Request); the database, its WAL, the key files and the backup are 0600.
 */
class SecretsAtRestIT {
    @TempDir
    Path dir;
    TestPita t;

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir);
    }

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    static String bytesOf(Path... files) throws IOException {
        var sb = new StringBuilder();
        for (var f : files) {
            if (Files.exists(f)) {
                sb.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return sb.toString();
    }

    static String mode(Path f) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
    }

    @Test
    void secretsAreNotInTheFilesAndARestartedPitaStillAcceptsTheGateway() throws Exception {
        var admin = t.readyAdmin();
        var created = admin.json("POST", "/api/v1/gateways", new JsonObject().put("id", "psr-gw-bappeda-2")
                .put("siteCode", "bappeda").put("address", "127.0.0.4").put("vendor", "MIKROTIK").put("coaPort", 0)
                .put("currentPassword", "diskominfo paser satu komando"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var secret = new JsonObject(created.body()).getString("secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(16);
        // Shown once: no later answer carries it.
        assertThat(admin.get("/api/v1/gateways").body()).doesNotContain(secret);
        assertThat(admin.get("/api/v1/gateways/psr-gw-bappeda-2").body()).doesNotContain(secret);

        var data = t.pita.config().dataFile();
        var wal = Path.of(data + "-wal");
        var shm = Path.of(data + "-shm");
        var secrets = new ArrayList<>(List.of(secret));
        t.district.gateways().forEach(g -> {
            secrets.add(g.secret());
            secrets.add(g.portalSecret());
        });
        t.district.sites().forEach(s -> secrets.add(s.password()));
        secrets.removeIf(String::isEmpty);
        assertThat(secrets).contains(t.gateway(TestPita.CHILLI_GW).portalSecret(),
                t.district.site("bappeda").orElseThrow().password());
        var backup = dir.resolve("backups").resolve("pita-backup.db");
        Backups.backup(data, backup);

        var raw = bytesOf(data, wal, shm);
        var copy = bytesOf(backup);
        assertThat(secrets).allSatisfy(s -> {
            assertThat(raw).doesNotContain(s);
            assertThat(copy).doesNotContain(s);
        });
        for (var f : List.of(data, wal, shm, SecretBox.keyFileFor(data), t.pita.config().macKeyFile(), backup)) {
            assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
        }

        var config = t.pita.config();
        t.close();
        t = null;
        var again = Pita.start(config).toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            assertThat(again.district().current().gateway("psr-gw-bappeda-2").orElseThrow().secret())
                    .isEqualTo(secret);
            var answer = RadiusTestClient.accessRequest(again.authAddress(), "127.0.0.4", secret,
                    again.district().current().site("bappeda").orElseThrow().password(),
                    List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, "bappeda")));
            assertThat(answer.code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        } finally {
            again.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
    }
}
