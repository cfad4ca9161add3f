package id.pita.core.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.pita.core.session.AccountingRecord;
import id.pita.core.session.AcctStatus;

/**
 * The accounting writer alone, without RADIUS (a tool, not a test): the CPU time of the writer thread per record
 * for batches of {@code batch} records, committed with {@link AccountingStore#applyUnsynced} as the group commit
 * does, and the time of {@link Store#sync()} after each (this disk's fsync). Two loads: {@code new}, an interim for a
 * session never seen (what scripts/bench/radius sends), and {@code interim}, interims of {@code sessions} open
 * sessions in turn (a district's steady state). Each load runs with the writer remembering open sessions (as in
 * production on SQLite) and without (every record reads its session row, the PostgreSQL path), alternating.
 *
 * <p>{@code java -cp core/target/classes:core/target/test-classes:$(deps) id.pita.core.store.AccountingWriterBench
 * [batches] [batch] [sessions]}
 */
public final class AccountingWriterBench {
    private AccountingWriterBench() {
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 4096;
        var dir = Files.createTempDirectory("pita-acct-bench");
        try (var store = Store.open(dir.resolve("pita.db"))) {
            store.districts().save(TestDistricts.small());
            var pragma = System.getProperty("bench.pragma");
            if (pragma != null) {
                store.writeVoid(h -> h.execute(pragma));
            }
            var remembering = store.accounting();
            // -Dbench.production=true: only store.accounting() (also against an older build of the store)
            boolean productionOnly = Boolean.getBoolean("bench.production");
            var reading = productionOnly ? null : new AccountingStore(store, false);
            long[] seq = {0};
            for (int round = 0; round < 3; round++) {
                for (var load : List.of("new", "interim")) {
                    for (var remember : productionOnly ? List.of(true) : List.of(true, false)) {
                        var writer = remember ? remembering : reading;
                        run(store, writer, load + (remember ? " remembering" : " reading"), batches, size,
                                load.equals("new") ? -1 : sessions, seq, round == 0);
                    }
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (var f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(Store store, AccountingStore writer, String label, int batches, int size, int sessions,
                            long[] seq, boolean warmup) {
        var threads = ManagementFactory.getThreadMXBean();
        var t0 = Instant.parse("2026-03-02T01:00:00Z");
        long cpu = 0;
        long wall = 0;
        long sync = 0;
        for (int b = 0; b < batches; b++) {
            var batch = new ArrayList<AccountingRecord>(size);
            for (int i = 0; i < size; i++) {
                long n = ++seq[0];
                String id = sessions < 0 ? "bench-" + n : "s-" + (n % sessions);
                batch.add(new AccountingRecord("gw-kantor", id, AcctStatus.INTERIM_UPDATE, "kantor",
                        "AA:BB:CC:00:00:01", "10.1.0.5", 1000 + n, 5000 + n, 60, "", t0.plusMillis(n)));
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            writer.applyUnsynced(batch);
            long w1 = System.nanoTime();
            cpu += threads.getCurrentThreadCpuTime() - c0;
            wall += w1 - w0;
            store.sync();
            sync += System.nanoTime() - w1;

        }
        if (!warmup) {
            double records = (double) batches * size;
            System.out.printf("%-20s batch %d: writer CPU %.1f us/record, commit %.2f ms/batch, fsync %.2f ms%n",
                    label, size, cpu / 1000.0 / records, wall / 1e6 / batches, sync / 1e6 / batches);
        }
    }
}
