package id.pita.portal.alert;

import id.pita.core.alert.AlertEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What an alert event says, in Bahasa Indonesia then English: a subject line and a body.
 *
 * @param subject e.g. {@code [Pita Kabupaten Paser] PERINGATAN: Gateway gw-1 tidak mengirim RADIUS ...}
 */
public record AlertMessage(String subject, String body) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static AlertMessage of(AlertEvent e, String district, ZoneId zone) {
        var c = e.condition();
        var tag = switch (e.type()) {
            case FIRING -> "PERINGATAN";
            case REMINDER -> "PENGINGAT";
            case RESOLVED -> "PULIH";
        };
        var tagEn = switch (e.type()) {
            case FIRING -> "ALERT";
            case REMINDER -> "REMINDER";
            case RESOLVED -> "RESOLVED";
        };
        var since = TIME.format(e.since().atZone(zone)) + " " + zone.getId();
        var lasted = minutes(Duration.between(e.since(), e.at()));
        var id = e.type() == AlertEvent.Type.RESOLVED
                ? "Sudah pulih: " + c.textId() + " (sejak " + since + ", selama " + lasted + " menit)."
                : c.textId() + " (sejak " + since + ").";
        var en = e.type() == AlertEvent.Type.RESOLVED
                ? "Resolved: " + c.textEn() + " (since " + since + ", lasted " + lasted + " min)."
                : c.textEn() + " (since " + since + ").";
        return new AlertMessage("[Pita " + district + "] " + tag + ": " + c.textId(),
                tag + " — " + id + "\n" + tagEn + " — " + en + "\n(" + c.kind() + " " + c.subject() + ")");
    }

    private static long minutes(Duration d) {
        return Math.max(0, d.toMinutes());
    }
}
