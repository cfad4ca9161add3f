package id.pita.engine.radius.packet;

import java.util.HexFormat;

/** Hex dumps as written in the RFCs: whitespace between octets is ignored. */
public final class Hex {
    private Hex() {
    }

    public static byte[] bytes(String dump) {
        return HexFormat.of().parseHex(dump.replaceAll("\\s+", ""));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
