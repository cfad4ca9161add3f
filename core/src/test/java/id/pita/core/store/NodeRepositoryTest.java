package id.pita.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.store.NodeRepository.Node;
import id.pita.core.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aNewLeadersHeartbeatClearsTheOldLeadersMark() {
        try (var store = TestStores.open(dir)) {
            var nodes = store.nodes();
            nodes.heartbeat(new Node("a", "10.0.0.1", 1812, 1813, 8080, 8081, T0, T0, true));
            nodes.heartbeat(new Node("b", "10.0.0.2", 1812, 1813, 8080, 8081, T0, T0.plusSeconds(1), false));
            assertThat(nodes.all()).extracting(Node::id, Node::leader)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("b", false),
                            org.assertj.core.groups.Tuple.tuple("a", true));

            nodes.heartbeat(new Node("b", "10.0.0.2", 1812, 1813, 8080, 8081, T0, T0.plusSeconds(20), true));
            assertThat(nodes.all()).filteredOn(Node::leader).extracting(Node::id).containsExactly("b");
            assertThat(nodes.all().get(1).lastSeen()).isEqualTo(T0);

            nodes.notLeader("b");
            assertThat(nodes.all()).noneMatch(Node::leader);
        }
    }
}
