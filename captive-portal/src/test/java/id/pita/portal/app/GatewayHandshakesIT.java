package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.portal.testing.Client;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each gateway's login played byte for byte through the REAL running portal, ending in the Access-Request
 * that gateway would then send to the REAL running engine: the portal's answer must be exactly what makes
 * the engine accept, at the planned rate in the gateway's own vocabulary, and only once.
 */
class GatewayHandshakesIT {
    static final long MIKROTIK = 14988;
    static final long CHILLISPOT = 14559;
    static final int MIKROTIK_RATE_LIMIT = 8;
    static final int CHILLI_MAX_UP = 4;
    static final int CHILLI_MAX_DOWN = 5;
    static final int NAS_IDENTIFIER = 32;
    static final int CALLING_STATION_ID = 31;
    static final int FRAMED_IP_ADDRESS = 8;
    static final int ACCT_SESSION_ID = 44;

    /** RouterOS's redirect: chap-id and chap-challenge octal-escaped, then URL-encoded. */
    static final String MIKROTIK_SPLASH = "/?mac=AA%3ABB%3ACC%3A00%3A11%3A22&ip=10.5.50.23&username="
            + "&link-login=http%3A%2F%2F10.5.50.1%2Flogin%3Fdst%3Dhttp%253A%252F%252Fexample.id%252F"
            + "&link-login-only=http%3A%2F%2F10.5.50.1%2Flogin&link-orig=http%3A%2F%2Fexample.id%2Fberita"
            + "&link-logout=http%3A%2F%2F10.5.50.1%2Flogout"
            + "&chap-id=%5C357&chap-challenge=%5C033%5C212%5C000%5C177%5C301%5C002%5C003%5C004%5C005%5C006%5C007"
            + "%5C010%5C011%5C012%5C013%5C377&error=&server-name=" + TestPita.MIKROTIK_GW;
    static final byte CHAP_ID = (byte) 0357;
    static final byte[] CHALLENGE = {033, (byte) 0212, 0, 0177, (byte) 0301, 2, 3, 4, 5, 6, 7, 010, 011, 012, 013,
        (byte) 0377};
    static final String CHILLI_CHALLENGE = "5c3a9e11d07b42f8a6e0193bc4d2f7a1";

    @TempDir
    Path dir;
    TestPita t;
    Client browser;

    @BeforeEach
    void start() throws Exception {
        t = new TestPita(dir);
        t.awaitFirstPlan();
        browser = new Client(t.base());
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    /** What the access policy grants a first device at a hotspot: its share of the planned site rate, capped. */
    Bandwidth citizenRate(String siteCode) {
        var site = t.district.site(siteCode).orElseThrow();
        var planned = t.pita.livePlan().latest().orElseThrow().allocation().sites().get(siteCode);
        var siteRate = planned != null && planned.down() > 0 && planned.up() > 0 ? planned : site.ceiling();
        return siteRate.min(t.district.citizenPlan().deviceCap());
    }

    @Test
    void mikrotikHttpChapLoginEndsInAnAcceptWithTheCitizenRate() throws Exception {
        var gateway = t.gateway(TestPita.MIKROTIK_GW);
        var splash = browser.get(MIKROTIK_SPLASH);
        assertThat(splash.statusCode()).isEqualTo(200);

        var accept = browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1", "lang", "id"));

        assertThat(accept.statusCode()).isEqualTo(200);
        assertThat(accept.body()).contains("action=\"http://10.5.50.1/login\"");
        var username = hidden(accept.body(), "username");
        var response = HexFormat.of().parseHex(hidden(accept.body(), "password"));
        assertThat(response).hasSize(16);
        // The router turns the HTTP-CHAP form into RADIUS CHAP with its own id and challenge [RFC 2865 §5.3].
        var request = List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, username),
                RadiusAttribute.of(AttributeType.CHAP_PASSWORD, concat(new byte[] {CHAP_ID}, response)),
                RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, CHALLENGE),
                RadiusAttribute.ofString(NAS_IDENTIFIER, gateway.id()),
                RadiusAttribute.ofString(CALLING_STATION_ID, "AA:BB:CC:00:11:22"),
                RadiusAttribute.of(FRAMED_IP_ADDRESS, InetAddress.getByName("10.5.50.23").getAddress()),
                RadiusAttribute.ofString(ACCT_SESSION_ID, "81a00001"));

        var answer = RadiusTestClient.accessRequest(t.pita.authAddress(), "127.0.0.2", gateway.secret(), request);

        assertThat(answer.code()).as(answer.toString()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        var rate = citizenRate(gateway.siteCode());
        assertThat(vendorString(answer, MIKROTIK, MIKROTIK_RATE_LIMIT))
                .as("limit-at written as 0/0: a citizen has no guarantee")
                .isEqualTo(PitaIT.rate(rate.up()) + "/" + PitaIT.rate(rate.down()) + " 0/0 0/0 0/0 8 0/0");
        assertSecondUseRejected(request, "127.0.0.2", gateway.secret());
    }

    @Test
    void chilliUamLoginEndsInAnAcceptWithChilliBandwidthInKbits() throws Exception {
        var gateway = t.gateway(TestPita.CHILLI_GW);
        var url = t.base() + "/?res=notyet&uamip=10.1.0.1&uamport=3990&challenge=" + CHILLI_CHALLENGE
                + "&called=00-0C-42-AA-BB-CC&mac=AA-BB-CC-00-33-44&ip=10.1.0.77&nasid=" + gateway.id()
                + "&sessionid=5f1e&userurl=http%3A%2F%2Fexample.id%2F";
        var md = md5((url + gateway.portalSecret()).getBytes(StandardCharsets.UTF_8));
        url += "&md=" + HexFormat.of().formatHex(md).toUpperCase(Locale.ROOT);
        var splash = browser.get(url.substring(t.base().length()));
        assertThat(splash.statusCode()).as(splash.body()).isEqualTo(200);

        var accept = browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1"));

        assertThat(accept.statusCode()).isEqualTo(302);
        var logon = accept.headers().firstValue("Location").orElseThrow();
        assertThat(logon).startsWith("http://10.1.0.1:3990/logon?username=");
        var username = param(logon, "username");
        var response = HexFormat.of().parseHex(param(logon, "response"));
        // chilli: k = MD5(challenge || uamsecret) is the CHAP-Challenge, the browser's response the CHAP answer.
        var k = md5(concat(HexFormat.of().parseHex(CHILLI_CHALLENGE),
                gateway.portalSecret().getBytes(StandardCharsets.UTF_8)));
        var request = List.of(RadiusAttribute.ofString(AttributeType.USER_NAME, username),
                RadiusAttribute.of(AttributeType.CHAP_PASSWORD, concat(new byte[] {0}, response)),
                RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, k),
                RadiusAttribute.ofString(NAS_IDENTIFIER, gateway.id()),
                RadiusAttribute.ofString(CALLING_STATION_ID, "AA-BB-CC-00-33-44"),
                RadiusAttribute.of(FRAMED_IP_ADDRESS, ((Inet4Address) InetAddress.getByName("10.1.0.77"))
                        .getAddress()));

        var answer = RadiusTestClient.accessRequest(t.pita.authAddress(), "127.0.0.3", gateway.secret(), request);

        assertThat(answer.code()).as(answer.toString()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        var rate = citizenRate(gateway.siteCode());
        assertThat(vendorInt(answer, CHILLISPOT, CHILLI_MAX_UP)).isEqualTo(rate.up() / 1000);
        assertThat(vendorInt(answer, CHILLISPOT, CHILLI_MAX_DOWN)).isEqualTo(rate.down() / 1000);
        assertSecondUseRejected(request, "127.0.0.3", gateway.secret());
    }

    @Test
    void openNdsFasLoginIsAdmittedByAuthmonWithThePlanLimits() throws Exception {
        var gateway = t.gateway(TestPita.OPENNDS_GW);
        var hid = "8d2f6a0c5e1b47d9a3c6e0f1b2d4a5c6e7f8091a2b3c4d5e6f708192a3b4c5d6";
        var fas = "hid=" + hid + ", clientip=192.168.8.23, clientmac=aa:bb:cc:00:55:66, client_type=cpd_can, "
                + "cpi_query=none, gatewayname=" + gateway.id() + ", gatewayurl=http%3A%2F%2Fstatus.client, "
                + "version=9.10.0, gatewayaddress=192.168.8.1:2050, gatewaymac=0c0b0a090807, "
                + "originurl=http%3A%2F%2Fexample.id%2F, clientif=br-lan, themespec=none";
        var splash = browser.get("/?fas=" + b64(fas));
        assertThat(splash.statusCode()).as(splash.body()).isEqualTo(200);

        var accept = browser.form("/login", Map.of("u", hidden(splash.body(), "u"), "terms", "1"));

        var rhid = sha256Hex(hid + gateway.portalSecret());
        assertThat(accept.headers().firstValue("Location").orElseThrow())
                .startsWith("http://192.168.8.1:2050/opennds_auth/?tok=" + rhid);
        // authmon: the gateway polls with sha256 of its URL-encoded name; Pita answers the admission line.
        var poll = id.pita.portal.testing.FromAddress.post("127.0.0.14", t.pita.webAddress().getPort(), "/",
                CitizenPrivacyIT.poll("view", sha256Hex(gateway.id()), t.pita.clock().instant().getEpochSecond(),
                        gateway.portalSecret()));
        var rate = citizenRate(gateway.siteCode());
        var plan = t.district.citizenPlan();
        long quotaKb = plan.dailyDataBytes() / 1000;
        assertThat(poll.body()).isEqualTo("* " + rhid + "%20" + plan.sessionTimeout().toMinutes() + "%20"
                + rate.up() / 1000 + "%20" + rate.down() / 1000 + "%20" + quotaKb + "%20" + quotaKb + "%20none");
    }

    static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(String s) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    void assertSecondUseRejected(List<RadiusAttribute> request, String source, String secret) throws Exception {
        var again = RadiusTestClient.accessRequest(t.pita.authAddress(), source, secret, request);
        assertThat(again.code()).isEqualTo(PacketCode.ACCESS_REJECT);
        var message = new String(again.attribute(AttributeType.REPLY_MESSAGE).orElseThrow().value(),
                StandardCharsets.UTF_8);
        // A used credential is gone from the store, so the engine answers as for any unknown one.
        assertThat(message).isEqualTo("Kode masuk tidak berlaku atau sudah dipakai. Silakan buka halaman WiFi dan "
                + "masuk lagi.");
    }

    static String vendorString(RadiusPacket p, long vendor, int type) {
        return new String(p.vendorAttribute(vendor, type).orElseThrow(() -> new AssertionError("no " + vendor + "/"
                + type + " in " + p)).vendorValue(), StandardCharsets.UTF_8);
    }

    static long vendorInt(RadiusPacket p, long vendor, int type) {
        var value = p.vendorAttribute(vendor, type).orElseThrow(() -> new AssertionError("no " + vendor + "/"
                + type + " in " + p)).vendorValue();
        return Integer.toUnsignedLong(ByteBuffer.wrap(value).getInt());
    }

    static String hidden(String html, String name) {
        var m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\">")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name + " in " + html);
        }
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String param(String url, String name) {
        var m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + url);
        }
        return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    static byte[] md5(byte[] data) throws Exception {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
