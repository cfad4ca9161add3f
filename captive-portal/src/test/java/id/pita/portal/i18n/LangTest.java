package id.pita.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangTest {
    @Test
    void defaultsToBahasaIndonesia() {
        assertThat(Lang.resolve(null, null, null)).isEqualTo(Lang.ID);
        assertThat(Lang.resolve("", "", "fr-FR,fr")).isEqualTo(Lang.ID);
    }

    @Test
    void explicitChoiceWinsOverCookieAndHeader() {
        assertThat(Lang.resolve("en", "id", "id-ID")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("id", "en", "en-US")).isEqualTo(Lang.ID);
        assertThat(Lang.resolve(null, "en", "id-ID")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve(null, null, "en-GB,en;q=0.9")).isEqualTo(Lang.EN);
    }

    @Test
    void everyIndonesianMessageHasAnEnglishOneAndBack() {
        var messages = Messages.load();
        for (var key : new String[] {"splash.welcome", "error.rate-limited", "hours.open-until", "terms.text"}) {
            assertThat(messages.get(Lang.ID, key)).isNotEqualTo(messages.get(Lang.EN, key));
        }
        assertThat(messages.get(Lang.ID, "hours.open-until", "07.30", "WITA")).isEqualTo("Buka sampai pukul 07.30 WITA");
    }
}
