/**
 * Several Pita nodes on one database: which node leads (runs the control loop, sends CoA and Disconnect, runs
 * the periodic writers) and each node's heartbeat in the store. Leadership rests on an existing mechanism, a
 * PostgreSQL session-level advisory lock, which PostgreSQL releases when the leader's connection dies; on the
 * embedded SQLite file only one process can run at all, so that process always leads.
 */
package id.pita.core.node;
