package id.pita.portal.app;

import id.pita.core.alert.AlertCheck;
import id.pita.core.alert.AlertChecks;
import id.pita.core.alert.AlertEngine;
import id.pita.core.alert.AlertKind;
import id.pita.core.district.Bandwidth;
import id.pita.core.store.Store;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.portal.alert.EmailNotifier;
import id.pita.portal.alert.Notifier;
import id.pita.portal.alert.TelegramNotifier;
import id.pita.portal.console.LiveView;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link AlertService} of a running Pita: its checks over the live state and store, and its channels. */
final class AlertWiring {
    /** A boost request still undecided this close to its start alerts. */
    static final Duration BOOST_SOON = Duration.ofHours(1);
    /** A daily backup older than this means the last one failed or did not run. */
    static final Duration BACKUP_MAX_AGE = Duration.ofHours(26);
    static final Duration COA_WINDOW = Duration.ofMinutes(15);
    static final int COA_MIN_FAILURES = 3;

    private AlertWiring() {
    }

    static AlertService build(PitaConfig config, Vertx vertx, Store store, DistrictHolder district,
                              GatewayMonitor gateways, LiveView live, CalendarNotices calendar, Clock clock,
                              java.util.function.Supplier<Optional<id.pita.core.store.BackupSchedule.Status>> backup) {
        var a = config.alerts();
        var started = clock.instant();
        var checks = new ArrayList<AlertCheck>();
        checks.add(now -> AlertChecks.gatewaysSilent(district.current(), gateways.all(), now, a.gatewaySilent()));
        checks.add(now -> AlertChecks.authWithoutAccounting(gateways.all(), now,
                district.current().citizenPlan().interimInterval()));
        checks.add(now -> AlertChecks.coaFailing(store.pushes().recent(1000), now, COA_WINDOW, COA_MIN_FAILURES));
        checks.add(now -> {
            var snapshot = live.now();
            Bandwidth use = snapshot.officeUse().plus(snapshot.hotspotUse());
            return AlertChecks.poolSaturated(use, district.current().pool().capacity(), a.poolPercent());
        });
        checks.add(now -> AlertChecks.calendar(calendar.coverage()));
        checks.add(now -> AlertChecks.boostsWaiting(store.boosts().pending(), now, BOOST_SOON));
        checks.add(now -> {
            var status = backup.get();
            if (status.isPresent() && status.get().failing()) {
                return AlertChecks.backupFailing(status.get().lastFailure().orElseThrow(), status.get().error());
            }
            return AlertChecks.backup(config.backup().at().isPresent(),
                    Optional.of(newestBackup(config.backup().dir()).filter(t -> t.isAfter(started)).orElse(started)),
                    now, BACKUP_MAX_AGE);
        });
        checks.add(now -> disk(config.dataFile(), a.diskFreePercent()));
        checks.add(now -> uplink(live, district.current(), now));
        var notifiers = new ArrayList<Notifier>();
        a.email().ifPresent(e -> notifiers.add(new EmailNotifier(vertx, e)));
        a.telegram().ifPresent(t -> notifiers.add(new TelegramNotifier(vertx, t)));
        var engine = new AlertEngine(a.reminder(), Map.of(AlertKind.POOL_SATURATED, a.poolFor()));
        return new AlertService(engine, checks, notifiers, clock, () -> district.current().name(),
                () -> district.current().zone());
    }

    /**
     * The uplink below contract or down (the public page's sentence), and an SNMP agent silent past
     * {@code uplink.snmp.staleAfter} (the plan is back on the contracted pool). Each starts and ends an alert.
     */
    static List<id.pita.core.alert.Condition> uplink(LiveView live, id.pita.core.district.District d, Instant now) {
        var u = live.now().measuredUplink();
        if (u.isEmpty()) {
            return List.of();
        }
        var s = u.get();
        if (s.reading() == id.pita.engine.uplink.UplinkStatus.Reading.UNKNOWN) {
            return List.of(new id.pita.core.alert.Condition(AlertKind.UPLINK_UNKNOWN, "uplink",
                    "Router uplink tidak menjawab SNMP: rencana kembali memakai kapasitas kontrak",
                    "The uplink router does not answer SNMP: the plan is back on the contracted capacity"));
        }
        long backup = id.pita.portal.console.UplinkText.mbps(d.pool().backup().down());
        var textId = id.pita.portal.console.UplinkText.sentence(s, backup, id.pita.core.format.LocalFormat.indonesian(
                d.zone()), now);
        var textEn = id.pita.portal.console.UplinkText.sentence(s, backup, id.pita.core.format.LocalFormat.english(
                d.zone()), now);
        // Down and short are two alerts: going from one to the other ends the first and starts the second.
        return textId.isEmpty() ? List.of() : List.of(new id.pita.core.alert.Condition(AlertKind.UPLINK_DEGRADED,
                s.mainUp() ? "uplink" : "uplink-down", textId.get(), textEn.get()));
    }

    /** The modification time of the newest {@code pita-*.db} in the backup directory. */
    static Optional<Instant> newestBackup(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("pita-.*\\.db")).map(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant();
                } catch (IOException e) {
                    return Instant.EPOCH;
                }
            }).max(Instant::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<id.pita.core.alert.Condition> disk(Path dataFile, double minFree) {
        var dir = dataFile.toAbsolutePath().getParent();
        try {
            var store = Files.getFileStore(dir);
            return AlertChecks.disk(dir.toString(), store.getUsableSpace(), store.getTotalSpace(), minFree);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
