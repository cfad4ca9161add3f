package id.pita.engine.uplink;

import id.pita.core.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to read the uplink interface over SNMP.
 *
 * @param host      the router's or CPE's address
 * @param port      its SNMP port (161)
 * @param version   {@link Version#V2C} with a community, or {@link Version#V3} with a USM user
 * @param community the v2c community (read-only); never logged
 * @param ifIndex   the uplink interface's {@code ifIndex} (IF-MIB)
 * @param period    time between two readings (real time, also under a fast clock)
 * @param timeout   wait for an answer before one retry; a poll that gets none counts as a timeout
 * @param staleAfter after this long without an answer the plan returns to the contracted pool
 * @param v3        the USM user, for {@link Version#V3}
 */
public record SnmpSettings(String host, int port, Version version, String community, int ifIndex, Duration period,
                           Duration timeout, Duration staleAfter, Optional<V3> v3) {
    public enum Version { V2C, V3 }

    /** Authentication protocols SNMP4J and net-snmp share. */
    public enum Auth { MD5, SHA, SHA256 }

    /** Privacy (encryption) protocols; {@link #NONE} for authNoPriv. */
    public enum Priv { NONE, DES, AES }

    /** A USM user: authPriv when {@code priv} is not {@link Priv#NONE}, else authNoPriv. Passwords never logged. */
    public record V3(String user, Auth auth, String authPassword, Priv priv, String privPassword) {
        public V3 {
            Check.notBlank("user", user);
            Check.notNull("auth", auth);
            Check.that(authPassword != null && authPassword.length() >= 8, "authPassword",
                    "must be at least 8 characters (RFC 3414 §11.2)");
            Check.notNull("priv", priv);
            Check.that(priv == Priv.NONE || privPassword != null && privPassword.length() >= 8, "privPassword",
                    "must be at least 8 characters with a privacy protocol");
        }

        @Override
        public String toString() {
            return "V3[user=" + user + ", auth=" + auth + ", priv=" + priv + "]";
        }
    }

    public SnmpSettings {
        Check.notBlank("host", host);
        Check.inRange("port", port, 1, 65535);
        Check.notNull("version", version);
        Check.inRange("ifIndex", ifIndex, 1, Integer.MAX_VALUE);
        Check.notNull("period", period);
        Check.notNull("timeout", timeout);
        Check.notNull("staleAfter", staleAfter);
        v3 = v3 == null ? Optional.empty() : v3;
        Check.that(version != Version.V2C || community != null && !community.isEmpty(), "community",
                "is required with SNMP v2c");
        Check.that(version != Version.V3 || v3.isPresent(), "v3", "a user is required with SNMP v3");
    }

    @Override
    public String toString() {
        return "Snmp[" + host + ":" + port + " " + version + " ifIndex " + ifIndex + " every " + period + "]";
    }
}
