package id.pita.core.alert;

import id.pita.core.Check;

/**
 * Something wrong now, as a check sees it.
 *
 * @param subject what it is about within its kind (a gateway id, a boost id, {@code pool}); with the kind, the key
 *                that makes it the same alert from one check to the next
 * @param textId  what to tell a person, in Bahasa Indonesia
 * @param textEn  the same in English
 */
public record Condition(AlertKind kind, String subject, String textId, String textEn) {
    public Condition {
        Check.notNull("kind", kind);
        Check.notBlank("subject", subject);
        Check.notBlank("textId", textId);
        Check.notBlank("textEn", textEn);
    }

    public String key() {
        return kind + ":" + subject;
    }
}
