package id.pita.core.store;

import java.time.Instant;
import java.util.List;

/**
 * The Pita nodes serving one database: each writes its heartbeat here, the leader marks itself, and the console
 * lists them. A node not heard from for a while is shown as such, never deleted by another node (an operator
 * reads when it was last seen). Thread-safe.
 */
public final class NodeRepository {
    private final Store store;

    NodeRepository(Store store) {
        this.store = store;
    }

    /**
     * One node as it last reported itself.
     *
     * @param leader whether it held the leadership at its last heartbeat
     */
    public record Node(String id, String host, int authPort, int acctPort, int webPort, int adminPort,
                       Instant started, Instant lastSeen, boolean leader) {
    }

    /**
     * Writes this node's heartbeat; when it leads, every other node's leader mark is cleared in the same
     * transaction, so the table never shows two leaders after a takeover.
     */
    public void heartbeat(Node node) {
        store.writeVoid(h -> {
            h.createUpdate("INSERT INTO pita_node (node_id, host, auth_port, acct_port, web_port, admin_port, "
                            + "started_ms, last_seen_ms, leader) VALUES (:id, :host, :auth, :acct, :web, :admin, "
                            + ":started, :seen, :leader) ON CONFLICT (node_id) DO UPDATE SET host = :host, "
                            + "auth_port = :auth, acct_port = :acct, web_port = :web, admin_port = :admin, "
                            + "started_ms = :started, last_seen_ms = :seen, leader = :leader")
                    .bind("id", node.id()).bind("host", node.host()).bind("auth", node.authPort())
                    .bind("acct", node.acctPort()).bind("web", node.webPort()).bind("admin", node.adminPort())
                    .bind("started", node.started().toEpochMilli()).bind("seen", node.lastSeen().toEpochMilli())
                    .bind("leader", node.leader() ? 1 : 0).execute();
            if (node.leader()) {
                h.createUpdate("UPDATE pita_node SET leader = 0 WHERE node_id <> :id AND leader <> 0")
                        .bind("id", node.id()).execute();
            }
        });
    }

    /** Every node, the most recently seen first. */
    public List<Node> all() {
        return store.read(h -> h.createQuery("SELECT * FROM pita_node ORDER BY last_seen_ms DESC, node_id")
                .map((rs, ctx) -> new Node(rs.getString("node_id"), rs.getString("host"), rs.getInt("auth_port"),
                        rs.getInt("acct_port"), rs.getInt("web_port"), rs.getInt("admin_port"),
                        Instant.ofEpochMilli(rs.getLong("started_ms")), Instant.ofEpochMilli(rs.getLong("last_seen_ms")),
                        rs.getInt("leader") != 0))
                .list());
    }

    /** Clears this node's leader mark (a clean stop, or leadership lost). */
    public void notLeader(String nodeId) {
        store.writeVoid(h -> h.createUpdate("UPDATE pita_node SET leader = 0 WHERE node_id = :id")
                .bind("id", nodeId).execute());
    }
}
