package id.pita.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.testing.PropertyCheck;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Queries refuses exactly the queries that Netty's decoder (behind Vert.x's {@code params()}) throws on. */
class QueriesTest {
    private static final String[] PIECES = {"%", "%2", "%20", "%zz", "%4g", "%aF", "a", "F", "g", "0", "&", "=", ";",
        "?", "#", "+", "/", "lang", "é"};

    @Test
    void malformedExactlyWhenDecodingThrows() {
        PropertyCheck.forAll("query check = decoder", 16, 5000, QueriesTest::uri, uri -> {
            boolean throwsOnDecode;
            try {
                new QueryStringDecoder(uri, StandardCharsets.UTF_8, true, 1024).parameters();
                throwsOnDecode = false;
            } catch (IllegalArgumentException e) {
                throwsOnDecode = true;
            }
            assertThat(Queries.malformation(uri) != null).as(uri).isEqualTo(throwsOnDecode);
        });
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(Queries.malformation("/?a=%zz")).startsWith("invalid hex byte 'zz' at index 4");
        assertThat(Queries.malformation("/?a=%4")).startsWith("unterminated escape sequence at index 4");
        assertThat(Queries.malformation("/%zz?a=1")).isNull();
        assertThat(Queries.malformation("/?a=1#%zz")).isNull();
    }

    private static String uri(Random r) {
        var sb = new StringBuilder(r.nextBoolean() ? "/" : "http://10.5.50.1/portal");
        for (int i = PropertyCheck.between(r, 0, 12); i > 0; i--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
