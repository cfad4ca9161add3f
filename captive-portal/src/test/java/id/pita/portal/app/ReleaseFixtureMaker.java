package id.pita.portal.app;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.BoostState;
import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;
import id.pita.core.store.PushResult;
import id.pita.portal.console.AuditEntry;
import id.pita.portal.console.Voucher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Made {@code core/src/test/resources/fixtures/pita-0.1.db} with the release of 2026-12-01 (commit 152a4c2,
 * schema V001): starts that Pita once on a fresh file (which imports the Paser demo and creates the console
 * admin), then puts sessions, accounting, usage, pushes, boosts, vouchers and audit entries through its real
 * repositories. Kept as the record of how the fixture was made; {@code ReleaseUpgradeTest} checks what it holds.
 * Run: {@code java -cp ... id.pita.portal.app.ReleaseFixtureMaker out.db}.
 */
public final class ReleaseFixtureMaker {
    static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    private ReleaseFixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        var file = Path.of(args[0]).toAbsolutePath();
        Files.deleteIfExists(file);
        var config = PitaConfig.parse("dataFile: " + file + "\nradius: {authPort: 0, accountingPort: 0, bindAddress: "
                + "127.0.0.1}\nweb: {host: 127.0.0.1, port: 0}\n", "fixture");
        var clock = Clock.fixed(T0, ZoneOffset.UTC);
        var pita = Pita.start(config, clock).toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            var store = pita.store();
            var d = pita.district().current();
            var records = new ArrayList<AccountingRecord>();
            for (int i = 0; i < 6; i++) {
                var g = d.gateways().get(i);
                var sid = "fx-" + i;
                var user = "user" + i;
                var mac = String.format("02:00:00:00:00:%02x", i);
                var ip = "10.20.0." + (10 + i);
                records.add(new AccountingRecord(g.id(), sid, AcctStatus.START, user, mac, ip, 0, 0, 0, "",
                        T0.plusSeconds(i)));
                records.add(new AccountingRecord(g.id(), sid, AcctStatus.INTERIM_UPDATE, user, mac, ip, 1_000L * (i + 1),
                        50_000L * (i + 1), 300, "", T0.plusSeconds(300 + i)));
                if (i % 2 == 0) {
                    records.add(new AccountingRecord(g.id(), sid, AcctStatus.STOP, user, mac, ip, 2_000L * (i + 1),
                            90_000L * (i + 1), 3_900, "User-Request", T0.plusSeconds(3_900 + i)));
                }
            }
            store.accounting().apply(records);
            store.sessions().updatePushed(d.gateways().get(1).id() + "/fx-1", Bandwidth.mbps(10, 5));
            store.pushes().record(new PushResult(d.gateways().get(1).id(), d.gateways().get(1).id() + "/fx-1",
                    PushResult.Kind.COA, Bandwidth.mbps(10, 5), PushResult.Outcome.ACK, 0, 1, T0.plusSeconds(310)));
            store.pushes().record(new PushResult(d.gateways().get(3).id(), d.gateways().get(3).id() + "/fx-3",
                    PushResult.Kind.DISCONNECT, null, PushResult.Outcome.NAK, 503, 3, T0.plusSeconds(320)));
            var boosts = store.boosts();
            var b = boosts.request(new Boost(0, d.sites().get(0).code(), Bandwidth.mbps(20, 10), T0.plusSeconds(3600),
                    T0.plusSeconds(7200), "Zoom rapat bupati", BoostState.REQUESTED, "opd-setda", ""));
            boosts.decide(b.id(), BoostState.APPROVED, "admin");
            boosts.request(new Boost(0, d.sites().get(1).code(), Bandwidth.mbps(5, 5), T0.plusSeconds(9000),
                    T0.plusSeconds(9600), "", BoostState.REQUESTED, "opd-bappeda", ""));
            var audit = new StoreAuditLog(store);
            var vouchers = new StoreVouchers(store, clock, audit);
            vouchers.add(new Voucher("PASER-0001", T0, T0.plusSeconds(86_400), "admin", false, ""));
            vouchers.add(new Voucher("PASER-0002", T0, T0.plusSeconds(86_400), "admin", false, ""));
            vouchers.accept("PASER-0002", null);
            audit.append(AuditEntry.of(T0.plusSeconds(60), "admin", "district.update", "district/" + d.code(), "",
                    "{\"name\":\"before\"}", "{\"name\":\"after\"}"));
            audit.append(AuditEntry.of(T0.plusSeconds(120), "admin", "voucher.create", "voucher/PASER-0001", "",
                    null, "{\"code\":\"PASER-0001\"}"));
        } finally {
            pita.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        // One file, no WAL beside it: checkpoint and switch the journal off WAL.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }
}
