package id.pita.engine.uplink;

import id.pita.core.uplink.UplinkSample;
import java.time.Instant;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * The four IF-MIB objects of one interface the poller reads, and their reading into an {@link UplinkSample}.
 * [RFC 2863 §6: ifOperStatus (ifTable), ifHCInOctets, ifHCOutOctets, ifHighSpeed (ifXTable)]
 */
final class IfMib {
    /** ifOperStatus, INTEGER; up(1). [RFC 2863 §6] */
    static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");
    /** ifHCInOctets, Counter64. [RFC 2863 §6] */
    static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
    /** ifHCOutOctets, Counter64. [RFC 2863 §6] */
    static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
    /** ifHighSpeed, Gauge32, units of 1,000,000 bit/s; 0 when the interface reports none. [RFC 2863 §6] */
    static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");
    private static final int UP = 1;

    private IfMib() {
    }

    /** A GET for the four objects of {@code ifIndex}; v3 needs a scoped PDU. [RFC 3412 §6] */
    static PDU get(int ifIndex, boolean v3) {
        var pdu = v3 ? new org.snmp4j.ScopedPDU() : new PDU();
        pdu.setType(PDU.GET);
        for (var oid : List.of(IF_HC_IN_OCTETS, IF_HC_OUT_OCTETS, IF_OPER_STATUS, IF_HIGH_SPEED)) {
            pdu.add(new VariableBinding(new OID(oid).append(ifIndex)));
        }
        return pdu;
    }

    /**
     * The response as a sample, or an {@link IllegalArgumentException} saying what is wrong with it (an error
     * status, a missing object, a value of the wrong type).
     */
    static UplinkSample sample(PDU response, int ifIndex, Instant at) {
        if (response.getErrorStatus() != PDU.noError) {
            throw new IllegalArgumentException("SNMP error " + response.getErrorStatusText() + " at binding "
                    + response.getErrorIndex());
        }
        long in = counter(response, IF_HC_IN_OCTETS, ifIndex, "ifHCInOctets");
        long out = counter(response, IF_HC_OUT_OCTETS, ifIndex, "ifHCOutOctets");
        long status = value(response, IF_OPER_STATUS, ifIndex, "ifOperStatus").toLong();
        long speed = value(response, IF_HIGH_SPEED, ifIndex, "ifHighSpeed").toLong();
        return new UplinkSample(at, in, out, status == UP, speed);
    }

    private static long counter(PDU response, OID column, int ifIndex, String name) {
        var v = value(response, column, ifIndex, name);
        if (!(v instanceof org.snmp4j.smi.Counter64 c)) {
            throw new IllegalArgumentException(name + " is " + v.getSyntaxString() + ", not Counter64");
        }
        return c.getValue();
    }

    private static Variable value(PDU response, OID column, int ifIndex, String name) {
        var oid = new OID(column).append(ifIndex);
        for (var vb : response.getVariableBindings()) {
            if (vb.getOid().equals(oid)) {
                if (vb.isException()) {
                    throw new IllegalArgumentException(name + "." + ifIndex + ": " + vb.getVariable());
                }
                var v = vb.getVariable();
                if (!(v instanceof org.snmp4j.smi.Integer32 || v instanceof org.snmp4j.smi.UnsignedInteger32
                        || v instanceof org.snmp4j.smi.Counter64)) {
                    throw new IllegalArgumentException(name + " is " + v.getSyntaxString() + ", not a number");
                }
                return v;
            }
        }
        throw new IllegalArgumentException(name + "." + ifIndex + " missing from the response");
    }
}
