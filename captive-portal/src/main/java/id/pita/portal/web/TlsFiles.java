package id.pita.portal.web;

import id.pita.core.InvalidValueException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * A listener's PEM certificate chain and private key on disk, as an ACME client (certbot) or the district's CA
 * leaves them. {@link #read()} reads both files as they are now; a {@link Pem} remembers a digest of the bytes
 * so a later read tells whether the files changed. Immutable; reading is thread-safe.
 *
 * @param field the config key the files came from ({@code web.admin.tls}), named in errors
 */
public record TlsFiles(Path certificate, Path key, String field) {
    /** The bytes of both files at one read, the first certificate's subject and expiry for the log. */
    public record Pem(byte[] certificate, byte[] key, byte[] digest, String subject, String notAfter) {
        public PemKeyCertOptions options() {
            return new PemKeyCertOptions().setCertValue(Buffer.buffer(certificate)).setKeyValue(Buffer.buffer(key));
        }

        public boolean sameFilesAs(Pem other) {
            return other != null && Arrays.equals(digest, other.digest);
        }
    }

    /** Reads both files; a missing file or one that is not PEM is an error naming the config key. */
    public Pem read() {
        var cert = bytes(certificate, field + ".certificate");
        var k = bytes(key, field + ".key");
        if (!new String(k, StandardCharsets.US_ASCII).contains("PRIVATE KEY-----")) {
            throw new InvalidValueException(field + ".key", "is not a PEM private key (" + key + ")");
        }
        X509Certificate first;
        try {
            first = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(cert));
        } catch (CertificateException | ClassCastException e) {
            throw new InvalidValueException(field + ".certificate", "is not a PEM certificate (" + certificate + ": "
                    + e.getMessage() + ")");
        }
        return new Pem(cert, k, digest(cert, k), first.getSubjectX500Principal().getName(),
                first.getNotAfter().toInstant().toString());
    }

    private static byte[] bytes(Path file, String key) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidValueException(key, "cannot read " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private static byte[] digest(byte[] cert, byte[] key) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            md.update(cert);
            md.update((byte) 0);
            md.update(key);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
