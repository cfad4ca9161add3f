package id.pita.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.i18n.Lang;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Html.escape("a&b \"c\" 'd'")).isEqualTo("a&amp;b &quot;c&quot; &#39;d&#39;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void pageEscapesTheTitleAndDeclaresTheLanguage() {
        var page = Html.page(Lang.ID, "<b>", "<p>x</p>");

        assertThat(page).startsWith("<!DOCTYPE html><html lang=\"id\">").contains("<title>&lt;b&gt;</title>")
                .contains("<p>x</p>");
    }
}
