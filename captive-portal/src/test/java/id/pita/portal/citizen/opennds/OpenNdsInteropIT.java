package id.pita.portal.citizen.opennds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real openNDS 9.10 as a citizen meets it: a plain HTTP request from the client namespace is sent to Pita
 * (FAS level 1), the citizen accepts the terms on Pita's page, Pita sends the browser to openNDS's
 * {@code /opennds_auth/} with the rhid, and from then on the client's requests pass the gateway.
 */
class OpenNdsInteropIT {
    private static final Logger LOG = LoggerFactory.getLogger(OpenNdsInteropIT.class);
    /** openNDS's gatewayname, which is also Pita's gateway id (enable_serial_number_suffix 0 keeps it exact). */
    static final String GATEWAY_NAME = "nds-taman-uji";
    static final String FASKEY = "kunci-fas-uji-2026";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path work;

    @Test
    void citizenAcceptsTermsOnPitaAndOpenNdsThenLetsTheClientThrough() {
        Prerequisites.check();
        long t0 = System.nanoTime();
        try (var lab = new NetLab(); var gateway = new OpenNdsGateway(lab, work);
             var internet = new InternetServer(work)) {
            lab.create();
            try (var pita = new PitaFas(GATEWAY_NAME, FASKEY, lab.hostIp, lab.gatewayLanIp + ":2050")) {
                var flow = new CitizenFlow(lab, new CurlClient(lab.client), gateway, pita);
                try {
                    internet.start(lab);
                    flow.internetAnswersWithoutGateway();
                    gateway.start(GATEWAY_NAME, FASKEY, lab.hostIp, pita.port, Clock.systemUTC());
                    LOG.info("lab up in {} ms", (System.nanoTime() - t0) / 1_000_000);
                    flow.run();
                } catch (Throwable t) {
                    throw new AssertionError(t.getMessage() + "\n" + gateway.diagnostics() + "\n"
                            + internet.diagnostics(), t);
                }
            }
        }
        LOG.info("openNDS interop passed in {} ms including teardown", (System.nanoTime() - t0) / 1_000_000);
    }
}
