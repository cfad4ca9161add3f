package id.pita.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A certificate authority made by the test with the real {@code openssl} command: a CA certificate and key in
 * a directory of its own, and server certificates it signs for 127.0.0.1 and localhost (P-256 keys).
 */
public final class TestCa {
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    public final Path dir;
    public final Path certificate;
    private final Path key;

    /** A server certificate and its key, as files. */
    public record Issued(Path certificate, Path key) {
    }

    public TestCa(Path dir, String name) throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.certificate = dir.resolve("ca.pem");
        this.key = dir.resolve("ca.key");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", certificate.toString(), "-days", "2", "-subj", "/CN=" + name,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    /** Signs a new key for {@code commonName} with subjectAltName IP:127.0.0.1 and DNS:localhost. */
    public Issued issue(String commonName) throws IOException, InterruptedException {
        var serverKey = dir.resolve(commonName + ".key");
        var csr = dir.resolve(commonName + ".csr");
        var cert = dir.resolve(commonName + ".pem");
        var ext = dir.resolve(commonName + ".ext");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                + "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                serverKey.toString(), "-out", csr.toString(), "-subj", "/CN=" + commonName);
        var serial = new byte[8];
        new SecureRandom().nextBytes(serial);
        serial[0] &= 0x7f;
        openssl("x509", "-req", "-in", csr.toString(), "-CA", certificate.toString(), "-CAkey", key.toString(),
                "-set_serial", "0x" + HexFormat.of().formatHex(serial), "-days", "2", "-out", cert.toString(),
                "-extfile", ext.toString());
        return new Issued(cert, serverKey);
    }

    /** Copies an issued pair over {@code target}'s files the way a renewal does: write aside, then rename. */
    public static void install(Issued from, Issued target) throws IOException {
        for (var pair : List.of(List.of(from.key(), target.key()), List.of(from.certificate(), target.certificate()))) {
            var tmp = pair.get(1).resolveSibling(pair.get(1).getFileName() + ".new");
            Files.copy(pair.get(0), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, pair.get(1), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** base64(SHA-256(SubjectPublicKeyInfo)) of a certificate: what Chromium's SPKI allow-list takes. */
    public static String spkiHash(Path certificate) throws IOException, InterruptedException {
        var out = run(List.of("/bin/sh", "-c", "openssl x509 -in '" + certificate + "' -pubkey -noout"
                + " | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64"));
        return out.trim();
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        if (!Files.isExecutable(OPENSSL)) {
            throw new AssertionError(OPENSSL + " is missing: install Debian's 'openssl' (scripts/install-test-deps)");
        }
        var cmd = new ArrayList<String>();
        cmd.add(OPENSSL.toString());
        cmd.addAll(List.of(args));
        run(cmd);
    }

    /** Runs a command to completion (bounded); fails with its output unless it exits 0. */
    public static String run(List<String> cmd) throws IOException, InterruptedException {
        var r = Processes.run(cmd, java.time.Duration.ofSeconds(60), true);
        if (r.exitCode() != 0) {
            throw new AssertionError("exit " + r.exitCode() + " from " + cmd + ":\n" + r.output());
        }
        return r.output();
    }
}
