package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.PropertyCheck;
import io.vertx.core.http.impl.HttpUtils;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The splash reads {@code lang} from its own decoding of the query: the same value Vert.x's {@code params()}
 * (what {@code Languages.of} reads elsewhere) gives, unless that decoding hit its parameter limit.
 */
class SplashLanguageTest {
    private static final String[] NAMES = {"lang", "LANG", "Lang", "mac", "link-login", "lang ", "lan", "%6Cang"};
    private static final String[] VALUES = {"en", "id", "", "EN", "fr", "e%20n", "en+id", "é"};
    private static final String[] SEPARATORS = {"&", ";", "&&"};

    @Test
    void lastLangIsWhatVertxParamsGive() {
        PropertyCheck.forAll("splash lang = params().getAll(lang).last", 8, 3000, SplashLanguageTest::uri, uri -> {
            var params = Handshakes.params(uri);
            var all = HttpUtils.params(uri, StandardCharsets.UTF_8, false).getAll("lang");
            if (SplashHandler.decodedAll(params)) {
                assertThat(SplashHandler.lastLang(params)).isEqualTo(all.isEmpty() ? null : all.get(all.size() - 1));
            }
        });
    }

    @Test
    void aQueryAtTheParameterLimitIsLeftToVertx() {
        var uri = new StringBuilder("/?");
        for (int i = 0; i < Handshakes.MAX_PARAMS; i++) {
            uri.append("p").append(i).append("=1&");
        }
        uri.append("lang=en");

        assertThat(SplashHandler.decodedAll(Handshakes.params(uri.toString()))).isFalse();
        assertThat(SplashHandler.decodedAll(Handshakes.params("/?lang=en&mac=x"))).isTrue();
    }

    private static String uri(Random r) {
        var sb = new StringBuilder("http://127.0.0.1/");
        sb.append(r.nextBoolean() ? "?" : "portal?");
        for (int i = PropertyCheck.between(r, 0, r.nextInt(10) == 0 ? 80 : 8); i > 0; i--) {
            sb.append(PropertyCheck.oneOf(r, NAMES)).append(r.nextInt(8) == 0 ? "" : "=" + PropertyCheck.oneOf(r, VALUES))
                    .append(PropertyCheck.oneOf(r, SEPARATORS));
        }
        return sb.toString();
    }
}
