package id.pita.portal.app;

import id.pita.core.InvalidValueException;
import id.pita.engine.uplink.SnmpSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code uplink.snmp} of the Pita config: the main uplink's SNMP agent. Without {@code uplink.snmp.host} there
 * is none and the plan uses the contracted pool; with it, every other key has a default but {@code ifIndex} and
 * the credentials of the version chosen. Each error names its key.
 */
final class UplinkConfig {
    private UplinkConfig() {
    }

    static Optional<SnmpSettings> read(ConfigSection uplink) {
        var s = uplink.section("snmp");
        var host = s.text("host", null);
        if (host == null) {
            return Optional.empty();
        }
        var version = s.text("version", "2c").toLowerCase(Locale.ROOT);
        if (!version.equals("2c") && !version.equals("3")) {
            throw new InvalidValueException("uplink.snmp.version", "must be 2c or 3 (was '" + version + "')");
        }
        if (!s.has("ifIndex")) {
            throw new InvalidValueException("uplink.snmp.ifIndex", "is required with uplink.snmp.host (the uplink "
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
                throw new InvalidValueException("uplink.snmp.community", "is required with SNMP version 2c");
            }
        } else {
            v3 = Optional.of(v3(s));
        }
        return Optional.of(new SnmpSettings(host, port, version.equals("3") ? SnmpSettings.Version.V3
                : SnmpSettings.Version.V2C, community, ifIndex, period, timeout, stale, v3));
    }

    private static SnmpSettings.V3 v3(ConfigSection s) {
        var user = s.text("user", null);
        if (user == null || user.isEmpty()) {
            throw new InvalidValueException("uplink.snmp.user", "is required with SNMP version 3");
        }
        var auth = choice(s, "auth", "SHA", SnmpSettings.Auth.class);
        var authPassword = s.text("authPassword", "");
        if (authPassword.length() < 8) {
            throw new InvalidValueException("uplink.snmp.authPassword", "must be at least 8 characters with SNMP "
                    + "version 3");
        }
        var priv = choice(s, "priv", "AES", SnmpSettings.Priv.class);
        var privPassword = s.text("privPassword", "");
        if (priv != SnmpSettings.Priv.NONE && privPassword.length() < 8) {
            throw new InvalidValueException("uplink.snmp.privPassword", "must be at least 8 characters with priv "
                    + priv + " (or set priv: NONE)");
        }
        return new SnmpSettings.V3(user, auth, authPassword, priv, privPassword);
    }

    private static <E extends Enum<E>> E choice(ConfigSection s, String key, String fallback, Class<E> type) {
        var v = s.text(key, fallback).toUpperCase(Locale.ROOT).replace("-", "");
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("uplink.snmp." + key, "must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + " (was '" + v + "')");
        }
    }
}
