package id.pita.portal.console;

import id.pita.core.Check;

/**
 * Something an operator must know now, shown as a banner on every dashboard view and listed by {@code /health}:
 * an unsettled calendar, an alert that is firing.
 *
 * @param code   a stable key, e.g. {@code calendar} or {@code alert.gateway-silent.gw-1}
 * @param textId the text in Bahasa Indonesia
 * @param textEn the text in English
 */
public record Notice(String code, String textId, String textEn) {
    public Notice {
        Check.notBlank("code", code);
        Check.notBlank("textId", textId);
        Check.notBlank("textEn", textEn);
    }

    public String text(String lang) {
        return "en".equals(lang) ? textEn : textId;
    }
}
