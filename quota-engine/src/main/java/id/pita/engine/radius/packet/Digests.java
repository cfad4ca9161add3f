package id.pita.engine.radius.packet;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** MD5 and HMAC-MD5, which every Java runtime provides. */
final class Digests {
    private Digests() {
    }

    static byte[] md5(byte[]... parts) {
        try {
            var md = MessageDigest.getInstance("MD5");
            for (var p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    static byte[] hmacMd5(byte[] key, byte[] data) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacMD5");
        // SecretKeySpec refuses an empty key; HMAC zero-pads keys, so one zero octet is the same key.
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacMD5"));
        return mac.doFinal(data);
    }
}
