package id.pita.engine.radius.dictionary;

import java.util.Locale;

/** Attribute data types [RFC 8044 §3], by their FreeRADIUS dictionary names. */
public enum DataType {
    STRING, INTEGER, IPADDR, OCTETS, DATE, IPV6ADDR, IPV6PREFIX, IFID;

    static DataType parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown data type '" + text + "'");
        }
    }
}
