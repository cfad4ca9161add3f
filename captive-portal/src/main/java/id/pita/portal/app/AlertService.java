package id.pita.portal.app;

import id.pita.core.alert.AlertCheck;
import id.pita.core.alert.AlertEngine;
import id.pita.core.alert.AlertEvent;
import id.pita.core.alert.AlertKind;
import id.pita.core.alert.Condition;
import id.pita.portal.alert.AlertMessage;
import id.pita.portal.alert.Notifier;
import id.pita.portal.console.Notice;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the alert checks on each {@link #tick}, turns their conditions into edges with the {@link AlertEngine}
 * and hands each edge to every notifier (e-mail, webhook). A check that throws is logged and skipped for that
 * tick, so one broken source never hides the others; a notifier that fails is counted and logged (the next
 * reminder tries again). The firing alerts are also notices: the dashboard banner and {@code /health}.
 * Thread-safe.
 */
public final class AlertService {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

    private final AlertEngine engine;
    private final List<AlertCheck> checks;
    private final List<Notifier> notifiers;
    private final Clock clock;
    private final Supplier<String> district;
    private final Supplier<ZoneId> zone;
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

    public AlertService(AlertEngine engine, List<AlertCheck> checks, List<Notifier> notifiers, Clock clock,
                        Supplier<String> district, Supplier<ZoneId> zone) {
        this.engine = engine;
        this.checks = List.copyOf(checks);
        this.notifiers = List.copyOf(notifiers);
        this.clock = clock;
        this.district = district;
        this.zone = zone;
    }

    /** One round: check, decide, send. Returns the edges sent (for tests and logs). */
    public synchronized List<AlertEvent> tick() {
        var now = clock.instant();
        var conditions = new ArrayList<Condition>();
        for (var check : checks) {
            try {
                conditions.addAll(check.check(now));
            } catch (RuntimeException e) {
                LOG.warn("An alert check failed this round: {}", e.toString());
            }
        }
        var events = engine.step(now, conditions);
        for (var e : events) {
            LOG.info("Alert {} {} {}", e.type(), e.condition().kind(), e.condition().subject());
            var message = AlertMessage.of(e, district.get(), zone.get());
            for (var n : notifiers) {
                n.send(message).onComplete(r -> {
                    var result = r.succeeded() ? "sent" : "failed";
                    sent.computeIfAbsent(n.channel() + "\",result=\"" + result, k -> new AtomicLong()).incrementAndGet();
                    if (r.failed()) {
                        LOG.warn("Alert {} {} not delivered by {}: {}", e.type(), e.condition().key(), n.channel(),
                                r.cause().getMessage());
                    }
                });
            }
        }
        return events;
    }

    /** The firing alerts as notices; the calendar's own notice already says what its alert would. */
    public List<Notice> notices() {
        var out = new ArrayList<Notice>();
        for (var a : engine.active()) {
            var c = a.condition();
            if (c.kind() != AlertKind.CALENDAR_UNSETTLED) {
                out.add(new Notice("alert." + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + "." + c.subject(), c.textId(), c.textEn()));
            }
        }
        return out;
    }

    /** {@code pita_alerts_firing{kind}} and {@code pita_alert_notifications_total{channel,result}}. */
    public void writePrometheus(StringBuilder sb) {
        var firing = new EnumMap<AlertKind, Integer>(AlertKind.class);
        for (var k : AlertKind.values()) {
            firing.put(k, 0);
        }
        engine.active().forEach(a -> firing.merge(a.condition().kind(), 1, Integer::sum));
        sb.append("# HELP pita_alerts_firing Alerts firing now, by kind.\n# TYPE pita_alerts_firing gauge\n");
        firing.forEach((k, n) -> sb.append("pita_alerts_firing{kind=\"").append(k.name().toLowerCase(
                java.util.Locale.ROOT)).append("\"} ").append(n).append('\n'));
        sb.append("# HELP pita_alert_notifications_total Alert messages handed to a channel, by result.\n"
                + "# TYPE pita_alert_notifications_total counter\n");
        new java.util.TreeMap<>(sent).forEach((k, v) -> sb.append("pita_alert_notifications_total{channel=\"")
                .append(k).append("\"} ").append(v.get()).append('\n'));
    }
}
