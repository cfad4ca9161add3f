package id.pita.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.alert.AlertEvent.Type;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.config.DistrictFiles;
import id.pita.core.district.Bandwidth;
import id.pita.core.session.GatewayActivity;
import id.pita.core.store.PushResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine's edges over an advanced clock, and each check's condition. */
class AlertEngineTest {
    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    static final Condition SILENT = new Condition(AlertKind.GATEWAY_SILENT, "gw-1", "diam", "silent");
    static final Condition FULL = new Condition(AlertKind.POOL_SATURATED, "pool", "penuh", "full");

    static List<Type> types(List<AlertEvent> events) {
        return events.stream().map(AlertEvent::type).toList();
    }

    @Test
    void firesOnceRemindsAtTheIntervalAndSaysWhenItIsOver() {
        var engine = new AlertEngine(Duration.ofHours(4), Map.of());
        assertThat(types(engine.step(T0, List.of(SILENT)))).containsExactly(Type.FIRING);
        assertThat(engine.step(T0.plusSeconds(60), List.of(SILENT))).isEmpty();
        assertThat(engine.step(T0.plus(Duration.ofMinutes(239)), List.of(SILENT))).isEmpty();
        var reminder = engine.step(T0.plus(Duration.ofHours(4)), List.of(SILENT));
        assertThat(types(reminder)).containsExactly(Type.REMINDER);
        assertThat(reminder.get(0).since()).isEqualTo(T0);
        assertThat(engine.active()).extracting(a -> a.condition().key()).containsExactly("GATEWAY_SILENT:gw-1");
        var over = engine.step(T0.plus(Duration.ofHours(5)), List.of());
        assertThat(types(over)).containsExactly(Type.RESOLVED);
        assertThat(engine.active()).isEmpty();
        assertThat(engine.step(T0.plus(Duration.ofHours(6)), List.of())).isEmpty();
    }

    @Test
    void aHeldKindFiresOnlyAfterHoldingForItsTimeAndABlipIsForgottenSilently() {
        var engine = new AlertEngine(Duration.ofHours(1), Map.of(AlertKind.POOL_SATURATED, Duration.ofMinutes(10)));
        assertThat(engine.step(T0, List.of(FULL))).isEmpty();
        assertThat(engine.step(T0.plus(Duration.ofMinutes(5)), List.of())).as("a 5-minute peak").isEmpty();
        assertThat(engine.step(T0.plus(Duration.ofMinutes(6)), List.of(FULL))).isEmpty();
        assertThat(engine.step(T0.plus(Duration.ofMinutes(15)), List.of(FULL))).isEmpty();
        assertThat(types(engine.step(T0.plus(Duration.ofMinutes(16)), List.of(FULL)))).containsExactly(Type.FIRING);
    }

    @Test
    void aConditionsLatestTextIsWhatRemindersAndRecoveriesCarry() {
        var engine = new AlertEngine(Duration.ofMinutes(30), Map.of());
        engine.step(T0, List.of(SILENT));
        var later = new Condition(AlertKind.GATEWAY_SILENT, "gw-1", "diam 45 menit", "silent 45 min");
        assertThat(engine.step(T0.plus(Duration.ofMinutes(30)), List.of(later)).get(0).condition()).isEqualTo(later);
        assertThat(engine.step(T0.plus(Duration.ofMinutes(31)), List.of()).get(0).condition()).isEqualTo(later);
    }

    @Test
    void gatewaySilentOnlyForRadiusGatewaysHeardFromBefore() {
        var d = DistrictFiles.demo("paser");
        var heard = new GatewayActivity("psr-gw-setda", Optional.of(T0.minus(Duration.ofMinutes(20))), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, false);
        var fresh = new GatewayActivity("psr-gw-bappeda", Optional.of(T0.minusSeconds(30)), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, false);
        var never = GatewayActivity.none("psr-gw-dinkes");
        var c = AlertChecks.gatewaysSilent(d, List.of(heard, fresh, never), T0, Duration.ofMinutes(15));
        assertThat(c).extracting(Condition::subject).containsExactly("psr-gw-setda");
        assertThat(c.get(0).textId()).isEqualTo("Gateway psr-gw-setda tidak mengirim RADIUS selama 20 menit");
    }

    @Test
    void authWithoutAccountingCoaFailingPoolDiskBackupBoostAndCalendar() {
        var accepted = new GatewayActivity("gw-a", Optional.of(T0.minusSeconds(600)), Optional.of(T0.minusSeconds(600)),
                Optional.empty(), Optional.empty(), 0, false);
        assertThat(AlertChecks.authWithoutAccounting(List.of(accepted), T0, Duration.ofMinutes(5)))
                .extracting(Condition::kind).containsExactly(AlertKind.AUTH_WITHOUT_ACCOUNTING);

        var timeouts = List.of(push("gw-c", PushResult.Outcome.TIMEOUT, 60), push("gw-c", PushResult.Outcome.NAK, 120),
                push("gw-c", PushResult.Outcome.TIMEOUT, 180), push("gw-d", PushResult.Outcome.TIMEOUT, 60),
                push("gw-d", PushResult.Outcome.TIMEOUT, 70), push("gw-d", PushResult.Outcome.ACK, 80),
                push("gw-d", PushResult.Outcome.TIMEOUT, 90));
        assertThat(AlertChecks.coaFailing(timeouts, T0, Duration.ofMinutes(15), 3)).extracting(Condition::subject)
                .containsExactly("gw-c");

        var pool = Bandwidth.mbps(200, 100);
        assertThat(AlertChecks.poolSaturated(Bandwidth.mbps(191, 10), pool, 0.95)).hasSize(1);
        assertThat(AlertChecks.poolSaturated(Bandwidth.mbps(189, 10), pool, 0.95)).isEmpty();

        assertThat(AlertChecks.disk("/var/lib/pita", 5L << 30, 100L << 30, 0.10)).hasSize(1);
        assertThat(AlertChecks.disk("/var/lib/pita", 20L << 30, 100L << 30, 0.10)).isEmpty();

        assertThat(AlertChecks.backup(true, Optional.of(T0.minus(Duration.ofHours(30))), T0, Duration.ofHours(26)))
                .hasSize(1);
        assertThat(AlertChecks.backup(true, Optional.empty(), T0, Duration.ofHours(26))).hasSize(1);
        assertThat(AlertChecks.backup(true, Optional.of(T0.minus(Duration.ofHours(20))), T0, Duration.ofHours(26)))
                .isEmpty();
        assertThat(AlertChecks.backup(false, Optional.empty(), T0, Duration.ofHours(26))).isEmpty();
        assertThat(AlertChecks.backupFailing(T0, "disk full")).extracting(Condition::key, Condition::textEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BACKUP_FAILED:backup",
                        "The daily backup failed at " + T0 + ": disk full"));

        var calendar = IndonesianCalendars.shipped().coverage(LocalDate.of(2026, 12, 1));
        assertThat(AlertChecks.calendar(calendar)).extracting(Condition::kind)
                .containsExactly(AlertKind.CALENDAR_UNSETTLED);
    }

    @Test
    void aBoostIsWaitingWhenItsWindowIsNearAndStillUndecided() {
        var soon = new id.pita.core.district.Boost(7, "setda", Bandwidth.mbps(10, 5), T0.plus(Duration.ofMinutes(20)),
                T0.plus(Duration.ofHours(2)), "rapat", id.pita.core.district.BoostState.REQUESTED, "opd", "");
        var later = new id.pita.core.district.Boost(8, "setda", Bandwidth.mbps(10, 5), T0.plus(Duration.ofDays(2)),
                T0.plus(Duration.ofDays(2).plusHours(1)), "rapat", id.pita.core.district.BoostState.REQUESTED, "opd", "");
        assertThat(AlertChecks.boostsWaiting(List.of(soon, later), T0, Duration.ofHours(1)))
                .extracting(Condition::subject).containsExactly("7");
    }

    private static PushResult push(String gw, PushResult.Outcome outcome, int secondsAgo) {
        return new PushResult(gw, "s", PushResult.Kind.COA, Bandwidth.ZERO, outcome, 0, 3, T0.minusSeconds(secondsAgo));
    }
}
