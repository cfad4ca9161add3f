package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.NodeRepository.Node;
import id.pita.core.store.Store;
import id.pita.core.testing.TestStores;
import io.vertx.core.json.JsonArray;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node list on a whole Pita with one node: it leads (on the embedded SQLite file the store's lock forbids a
 * second process; on PostgreSQL it takes the advisory lock), shown to admins on the dashboard and by {@code GET /api/v1/nodes}; a clean stop clears its
 * leader mark. Several nodes on PostgreSQL: {@code MultiNodeIT}.
 */
class NodesIT {
    @TempDir
    Path dir;

    @Test
    void theOneEmbeddedNodeLeadsAndIsListed() throws Exception {
        String id;
        try (var t = new TestPita(dir)) {
            assertThat(t.pita.leading()).isTrue();
            id = t.pita.nodeId();
            assertThat(id).endsWith(":" + t.pita.authAddress().getPort());
            var admin = t.admin();
            var nodes = new JsonArray(admin.json("GET", "/api/v1/nodes", null).body());
            assertThat(nodes).hasSize(1);
            var node = nodes.getJsonObject(0);
            assertThat(node.getString("id")).isEqualTo(id);
            assertThat(node.getBoolean("leader")).isTrue();
            assertThat(node.getInteger("acctPort")).isEqualTo(t.pita.accountingAddress().getPort());
            assertThat(node.getInteger("webPort")).isEqualTo(t.pita.webAddress().getPort());
            assertThat(node.getInteger("adminPort")).isEqualTo(t.pita.adminAddress().getPort());

            var dashboard = admin.get("/console").body();
            assertThat(dashboard).contains("<section id=\"nodes\">").contains("Node Pita")
                    .contains("data-node=\"" + id + "\" data-leader=\"true\"");
        }
        try (var store = TestStores.open(dir.resolve("data"))) {
            assertThat(store.nodes().all()).extracting(Node::id).containsExactly(id);
            assertThat(store.nodes().all()).noneMatch(Node::leader);
        }
    }

    @Test
    void aDistrictSavedByAnotherNodeGoesLiveWithinAPeriod() throws Exception {
        var dataFile = dir.resolve("pita.db");
        try (var store = Store.open(dataFile)) {
            id.pita.core.config.DistrictImporter.importInto(store, TestPita.loopbackPaser());
        }
        var config = PitaConfig.parse("dataFile: " + dataFile + "\n"
                + "radius: {bindAddress: 127.0.0.1, authPort: 0, accountingPort: 0}\n"
                + "web: {host: 127.0.0.1, port: 0}\ncontrol: {period: 5s}\n", "test");
        var pita = Pita.start(config, java.time.Clock.systemUTC()).toCompletableFuture().get(60, TimeUnit.SECONDS);
        try (var otherNode = Store.open(dataFile)) {
            var d = otherNode.districts().load("paser").orElseThrow();
            var pool = new id.pita.core.district.Pool(id.pita.core.district.Bandwidth.mbps(345, 123),
                    d.pool().monthlyCostIdr(), d.pool().backup(), d.pool().tiers());
            otherNode.districts().save(new id.pita.core.district.District(d.code(), d.name(), d.zone(), pool,
                    d.sites(), d.gateways(), d.calendar(), d.policies(), d.citizenPlan()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!pita.district().current().pool().equals(pool)) {
                assertThat(System.nanoTime()).as("the other node's edit live within two beats").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
    }
}
