package id.pita.engine.uplink;

import java.net.InetAddress;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * An SNMP4J session and target for {@link SnmpSettings}: v2c with its community, or v3 with a USM user of its own
 * (this session's own USM, not SNMP4J's global one), authNoPriv or authPriv. One retry after the timeout.
 */
final class SnmpTargets {
    /** The session and where it sends. */
    record Target(Snmp snmp, org.snmp4j.Target<UdpAddress> target) {
    }

    private SnmpTargets() {
    }

    static Target build(SnmpSettings s, InetAddress agent, DefaultUdpTransportMapping transport) {
        var address = new UdpAddress(agent, s.port());
        org.snmp4j.Target<UdpAddress> target;
        Snmp snmp;
        if (s.version() == SnmpSettings.Version.V2C) {
            snmp = new Snmp(transport);
            var t = new CommunityTarget<>(address, new OctetString(s.community()));
            t.setVersion(SnmpConstants.version2c);
            target = t;
        } else {
            var v3 = s.v3().orElseThrow();
            var protocols = SecurityProtocols.getInstance();
            protocols.addDefaultProtocols();
            // Older devices' protocols, which SNMP4J 3 no longer registers by default; asked for by name only.
            protocols.addAuthenticationProtocol(new AuthMD5());
            protocols.addAuthenticationProtocol(new AuthSHA());
            protocols.addPrivacyProtocol(new PrivDES());
            var usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
            var dispatcher = new MessageDispatcherImpl();
            dispatcher.addMessageProcessingModel(new MPv2c());
            dispatcher.addMessageProcessingModel(new MPv3(usm));
            snmp = new Snmp(dispatcher, transport);
            var user = new OctetString(v3.user());
            usm.addUser(user, new UsmUser(user, auth(v3.auth()), new OctetString(v3.authPassword()),
                    priv(v3.priv()), v3.priv() == SnmpSettings.Priv.NONE ? null : new OctetString(v3.privPassword())));
            var t = new UserTarget<>(address, user, new byte[0], v3.priv() == SnmpSettings.Priv.NONE
                    ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV);
            t.setVersion(SnmpConstants.version3);
            target = t;
        }
        target.setTimeout(s.timeout().toMillis());
        target.setRetries(1);
        return new Target(snmp, target);
    }

    private static OID auth(SnmpSettings.Auth a) {
        return switch (a) {
            case MD5 -> AuthMD5.ID;
            case SHA -> AuthSHA.ID;
            case SHA256 -> AuthHMAC192SHA256.ID;
        };
    }

    private static OID priv(SnmpSettings.Priv p) {
        return switch (p) {
            case NONE -> null;
            case DES -> PrivDES.ID;
            case AES -> PrivAES128.ID;
        };
    }
}
