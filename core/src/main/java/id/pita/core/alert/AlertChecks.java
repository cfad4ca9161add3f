package id.pita.core.alert;

import id.pita.core.calendar.CalendarCoverage;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.District;
import id.pita.core.district.Vendor;
import id.pita.core.session.GatewayActivity;
import id.pita.core.store.PushResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The conditions Pita watches, each a pure function of the data it is given. Texts name the gateway, boost or
 * figure, in Bahasa Indonesia and English.
 */
public final class AlertChecks {
    private AlertChecks() {
    }

    /**
     * A RADIUS gateway of the district that has talked to Pita before (any Access-Request or accounting) and has
     * been silent for {@code silentAfter}. A gateway never heard from is not reported: it may not be installed yet.
     * openNDS speaks no RADIUS and is left out.
     */
    public static List<Condition> gatewaysSilent(District d, List<GatewayActivity> activity, Instant now,
                                                 Duration silentAfter) {
        var out = new ArrayList<Condition>();
        for (var a : activity) {
            var g = d.gateway(a.gatewayId());
            if (g.isEmpty() || g.get().vendor() == Vendor.OPENNDS) {
                continue;
            }
            var last = latest(a.lastAccessRequest(), a.lastAccounting());
            if (last.isPresent() && last.get().plus(silentAfter).isBefore(now)) {
                var minutes = Duration.between(last.get(), now).toMinutes();
                out.add(new Condition(AlertKind.GATEWAY_SILENT, a.gatewayId(),
                        "Gateway " + a.gatewayId() + " tidak mengirim RADIUS selama " + minutes + " menit",
                        "Gateway " + a.gatewayId() + " has sent no RADIUS for " + minutes + " min"));
            }
        }
        return out;
    }

    /** A gateway whose users are accepted but that sends no accounting ({@link GatewayActivity#authenticatesWithoutAccounting}). */
    public static List<Condition> authWithoutAccounting(List<GatewayActivity> activity, Instant now, Duration grace) {
        var out = new ArrayList<Condition>();
        for (var a : activity) {
            if (a.authenticatesWithoutAccounting(now, grace)) {
                out.add(new Condition(AlertKind.AUTH_WITHOUT_ACCOUNTING, a.gatewayId(),
                        "Gateway " + a.gatewayId() + " mengautentikasi pengguna tetapi tidak mengirim accounting",
                        "Gateway " + a.gatewayId() + " authenticates users but sends no accounting"));
            }
        }
        return out;
    }

    /** A gateway with at least {@code minFailures} CoA/Disconnect pushes in {@code window} and none acknowledged. */
    public static List<Condition> coaFailing(List<PushResult> recent, Instant now, Duration window, int minFailures) {
        var failed = new TreeMap<String, Integer>();
        var acked = new java.util.HashSet<String>();
        for (var p : recent) {
            if (p.at().isBefore(now.minus(window)) || p.at().isAfter(now)) {
                continue;
            }
            if (p.outcome() == PushResult.Outcome.ACK) {
                acked.add(p.gatewayId());
            } else {
                failed.merge(p.gatewayId(), 1, Integer::sum);
            }
        }
        var out = new ArrayList<Condition>();
        failed.forEach((gw, n) -> {
            if (n >= minFailures && !acked.contains(gw)) {
                out.add(new Condition(AlertKind.COA_FAILING, gw, "CoA ke gateway " + gw + " gagal " + n + " kali dalam "
                        + window.toMinutes() + " menit terakhir, tanpa satu pun ACK", "CoA to gateway " + gw
                        + " failed " + n + " times in the last " + window.toMinutes() + " min, none acknowledged"));
            }
        });
        return out;
    }

    /** The pool at or above {@code fraction} of its capacity in either direction (the engine's hold makes it "for N minutes"). */
    public static List<Condition> poolSaturated(Bandwidth use, Bandwidth pool, double fraction) {
        boolean down = pool.down() > 0 && use.down() >= fraction * pool.down();
        boolean up = pool.up() > 0 && use.up() >= fraction * pool.up();
        if (!down && !up) {
            return List.of();
        }
        var pct = Math.round(100 * Math.max(pool.down() > 0 ? (double) use.down() / pool.down() : 0,
                pool.up() > 0 ? (double) use.up() / pool.up() : 0));
        return List.of(new Condition(AlertKind.POOL_SATURATED, "pool", "Kapasitas langganan terpakai " + pct + "% ("
                + (down ? "turun" : "naik") + ")", "The paid capacity is " + pct + "% used (" + (down ? "down" : "up")
                + ")"));
    }

    /** The calendar's own warning ({@link CalendarCoverage}) as an alert. */
    public static List<Condition> calendar(CalendarCoverage coverage) {
        return coverage.ok() ? List.of() : List.of(new Condition(AlertKind.CALENDAR_UNSETTLED, "calendar",
                coverage.messageId(), coverage.messageEn()));
    }

    /**
     * Boost requests waiting for a decision whose window starts within {@code soon} (or has started): the office
     * needs an answer before its meeting.
     */
    public static List<Condition> boostsWaiting(List<Boost> pending, Instant now, Duration soon) {
        var out = new ArrayList<Condition>();
        for (var b : pending) {
            if (!b.from().isAfter(now.plus(soon)) && b.until().isAfter(now)) {
                out.add(new Condition(AlertKind.BOOST_WAITING, Long.toString(b.id()), "Permintaan tambahan bandwidth #"
                        + b.id() + " dari " + b.siteCode() + " menunggu persetujuan (mulai " + b.from() + ")",
                        "Boost request #" + b.id() + " from " + b.siteCode() + " is waiting for approval (starts "
                                + b.from() + ")"));
            }
        }
        return out;
    }

    /**
     * No backup newer than {@code maxAge} while daily backups are scheduled (the newest backup file's time, or
     * none at all).
     */
    public static List<Condition> backup(boolean scheduled, Optional<Instant> newest, Instant now, Duration maxAge) {
        if (!scheduled || newest.isPresent() && newest.get().plus(maxAge).isAfter(now)) {
            return List.of();
        }
        var when = newest.map(t -> "terakhir " + t).orElse("belum pernah");
        var whenEn = newest.map(t -> "last " + t).orElse("none yet");
        return List.of(new Condition(AlertKind.BACKUP_FAILED, "backup", "Cadangan harian gagal atau tidak berjalan ("
                + when + ")", "The daily backup failed or did not run (" + whenEn + ")"));
    }

    /** The daily backup's last attempt failed ({@code error} is its reason); the same alert as a stale backup. */
    public static List<Condition> backupFailing(Instant failedAt, String error) {
        return List.of(new Condition(AlertKind.BACKUP_FAILED, "backup", "Cadangan harian gagal pada " + failedAt
                + ": " + error, "The daily backup failed at " + failedAt + ": " + error));
    }

    /** The data file's disk with less than {@code minFree} of its space left. */
    public static List<Condition> disk(String path, long usableBytes, long totalBytes, double minFree) {
        if (totalBytes <= 0 || usableBytes >= minFree * totalBytes) {
            return List.of();
        }
        long pct = Math.round(100.0 * usableBytes / totalBytes);
        return List.of(new Condition(AlertKind.DISK_NEARLY_FULL, path, "Disk " + path + " hampir penuh: sisa " + pct
                + "% (" + usableBytes / (1024 * 1024) + " MB)", "Disk " + path + " is nearly full: " + pct + "% ("
                + usableBytes / (1024 * 1024) + " MB) left"));
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }
}
