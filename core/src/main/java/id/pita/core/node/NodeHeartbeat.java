package id.pita.core.node;

import id.pita.core.store.NodeRepository;
import id.pita.core.store.NodeRepository.Node;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's beat: refresh the leadership, then write the node's row (last seen, leader) to the store. Called
 * every half control period; a failed write is logged and the next beat tries again. Thread-safe.
 */
public final class NodeHeartbeat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeHeartbeat.class);
    private final NodeRepository nodes;
    private final Leadership leadership;
    private final Node self;
    private final Clock clock;
    private boolean led;

    /** @param self this node; its {@code lastSeen} and {@code leader} are set at each beat */
    public NodeHeartbeat(NodeRepository nodes, Leadership leadership, Node self, Clock clock) {
        this.nodes = nodes;
        this.leadership = leadership;
        this.self = self;
        this.clock = clock;
    }

    public synchronized void beat() {
        boolean leads = leadership.refresh();
        if (leads != led) {
            LOG.info("Node {} {}", self.id(), leads ? "leads: it runs the control loop and the periodic writers"
                    : "follows: another node runs the control loop");
            led = leads;
        }
        try {
            nodes.heartbeat(new Node(self.id(), self.host(), self.authPort(), self.acctPort(), self.webPort(),
                    self.adminPort(), self.started(), clock.instant(), leads));
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat of node {} not written: {}", self.id(), e.toString());
        }
    }

    /** Whether this node led at its last beat. */
    public boolean leading() {
        return leadership.leading();
    }

    public String nodeId() {
        return self.id();
    }

    /** Gives up the leadership and clears this node's leader mark. */
    @Override
    public synchronized void close() {
        boolean was = leadership.leading();
        leadership.close();
        if (was) {
            try {
                nodes.notLeader(self.id());
            } catch (RuntimeException e) {
                LOG.warn("Leader mark of node {} not cleared: {}", self.id(), e.toString());
            }
        }
    }
}
