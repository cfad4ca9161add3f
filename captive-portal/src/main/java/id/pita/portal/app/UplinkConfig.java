package id.pita.portal.app;

import id.pita.core.InvalidValueException;
import id.pita.engine.uplink.SnmpSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code uplink.snmp} and {@code uplink.backup.snmp} of the Pita config: the main uplink's and the backup link's
 * SNMP agents. Without {@code host} there is none (the main: the plan uses the contracted pool; the backup: its
 * {@code pool.backup} as written); with it, every other key has a default but {@code ifIndex} and the credentials of
 * the version chosen. Each error names its key.
 */
final class UplinkConfig {
    private UplinkConfig() {
    }

    static PitaConfig.Uplink read(ConfigSection uplink) {
        var main = snmp(uplink.section("snmp"), "uplink.snmp.");
        var backup = snmp(uplink.section("backup").section("snmp"), "uplink.backup.snmp.");
        if (backup.isPresent() && main.isEmpty()) {
            throw new InvalidValueException("uplink.backup.snmp", "needs uplink.snmp: the backup is planned on only "
                    + "while the main link is measured down");
        }
        return new PitaConfig.Uplink(main, backup);
    }

    private static Optional<SnmpSettings> snmp(ConfigSection s, String prefix) {
        var host = s.text("host", null);
        if (host == null) {
            return Optional.empty();
        }
        var version = s.text("version", "2c").toLowerCase(Locale.ROOT);
        if (!version.equals("2c") && !version.equals("3")) {
            throw new InvalidValueException(prefix + "version", "must be 2c or 3 (was '" + version + "')");
        }
        if (!s.has("ifIndex")) {
            throw new InvalidValueException(prefix + "ifIndex", "is required with " + prefix + "host (the uplink "
                    + "interface's ifIndex; snmpwalk IF-MIB::ifDescr lists them)");
        }
        int ifIndex = s.integer("ifIndex", 1, 1, Integer.MAX_VALUE, "");
        int port = s.integer("port", 161, 1, 65535, "");
        var period = s.duration("period", Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofMinutes(10));
        var timeout = s.duration("timeout", Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofSeconds(30));
        var stale = s.duration("staleAfter", Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofHours(24));
        String community = null;
        Optional<SnmpSettings.V3> v3 = Optional.empty();
        if (version.equals("2c")) {
            community = s.text("community", null);
            if (community == null || community.isEmpty()) {
                throw new InvalidValueException(prefix + "community", "is required with SNMP version 2c");
            }
        } else {
            v3 = Optional.of(v3(s, prefix));
        }
        return Optional.of(new SnmpSettings(host, port, version.equals("3") ? SnmpSettings.Version.V3
                : SnmpSettings.Version.V2C, community, ifIndex, period, timeout, stale, v3));
    }

    private static SnmpSettings.V3 v3(ConfigSection s, String prefix) {
        var user = s.text("user", null);
        if (user == null || user.isEmpty()) {
            throw new InvalidValueException(prefix + "user", "is required with SNMP version 3");
        }
        var auth = choice(s, prefix, "auth", "SHA", SnmpSettings.Auth.class);
        var authPassword = s.text("authPassword", "");
        if (authPassword.length() < 8) {
            throw new InvalidValueException(prefix + "authPassword", "must be at least 8 characters with SNMP "
                    + "version 3");
        }
        var priv = choice(s, prefix, "priv", "AES", SnmpSettings.Priv.class);
        var privPassword = s.text("privPassword", "");
        if (priv != SnmpSettings.Priv.NONE && privPassword.length() < 8) {
            throw new InvalidValueException(prefix + "privPassword", "must be at least 8 characters with priv "
                    + priv + " (or set priv: NONE)");
        }
        return new SnmpSettings.V3(user, auth, authPassword, priv, privPassword);
    }

    private static <E extends Enum<E>> E choice(ConfigSection s, String prefix, String key, String fallback,
                                                Class<E> type) {
        var v = s.text(key, fallback).toUpperCase(Locale.ROOT).replace("-", "");
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(prefix + key, "must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + " (was '" + v + "')");
        }
    }
}
