package id.pita.portal.app;

import id.pita.core.PitaException;
import id.pita.core.store.Store;
import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.Actor;
import id.pita.portal.auth.LoginThrottle;
import id.pita.portal.auth.PasswordHasher;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.SessionStore;
import id.pita.portal.console.AuditEntry;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Operator commands on the store, run beside (or without) a running Pita:
 * {@code pita audit verify [--config pita.yaml]} recomputes the audit log's hash chain (exit 0 intact, 1 broken);
 * {@code pita user reset NAME [--config pita.yaml]} gives a user a one-time password (printed once, to be changed
 * at the next log-in) and ends its sessions — the way back in when the only admin is locked out.
 */
public final class AdminCommands {
    public static final String USAGE = "audit verify [--config pita.yaml] | user reset NAME [--config pita.yaml]";

    private AdminCommands() {
    }

    /** The wording in Bahasa Indonesia or English: {@code (indonesian, english) -> the one to print}. */
    public interface Words extends java.util.function.BinaryOperator<String> {
        Words ENGLISH = (id, en) -> en;
    }

    /** Exit codes: 0 done, 1 the audit chain is broken, 2 bad usage or no such store/user. English output. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
                return auditVerify(config(args, 2), out, Words.ENGLISH);
            }
            if (args.length >= 3 && args[0].equals("user") && args[1].equals("reset")) {
                return userReset(config(args, 3), args[2], out, err, Words.ENGLISH);
            }
            throw new PitaException("usage: pita " + USAGE);
        } catch (PitaException e) {
            err.println("pita: " + e.getMessage());
            return 2;
        }
    }

    private static PitaConfig config(String[] args, int from) {
        if (args.length == from) {
            return PitaConfig.defaults();
        }
        if (args.length == from + 2 && args[from].equals("--config")) {
            return PitaConfig.load(Path.of(args[from + 1]));
        }
        throw new PitaException("usage: pita " + USAGE);
    }

    /** Opens the store named by the config; a missing file is a {@link PitaException} (nothing is created). */
    private static Store open(PitaConfig config, Words w) {
        if (!config.storeExists()) {
            throw new PitaException(w.apply("tidak ada basis data di ", "no store at ") + config.dataFile()
                    + " (dataFile)");
        }
        return config.openStore();
    }

    public static int auditVerify(PitaConfig config, PrintStream out, Words w) {
        try (var store = open(config, w)) {
            var v = new StoreAuditLog(store).verify();
            if (v.intact()) {
                out.println(w.apply("log audit utuh: ", "audit log intact: ") + v.checked()
                        + w.apply(" entri berantai", " entries chained") + (v.unchained() > 0 ? ", " + v.unchained()
                        + w.apply(" entri lama dari sebelum rantai", " older entries from before the chain") : "")
                        + "; head " + v.head());
                out.println(w.apply("simpan jumlah dan head ini: entri yang dipotong dari akhir hanya terlihat "
                        + "dibanding pemeriksaan sebelumnya", "keep the count and head: entries cut off the end show "
                        + "only against an earlier run"));
                return 0;
            }
            out.println(w.apply("log audit RUSAK: ", "audit log BROKEN: ") + v.problem() + " (" + v.checked()
                    + w.apply(" entri sebelumnya utuh)", " entries before it are intact)"));
            return 1;
        }
    }

    public static int userReset(PitaConfig config, String username, PrintStream out, PrintStream err, Words w) {
        try (var store = open(config, w)) {
            var audit = new StoreAuditLog(store);
            var clock = Clock.systemUTC();
            var random = new SecureRandom();
            var users = new StoreUsers(store);
            if (users.find(username).isEmpty()) {
                err.println("pita: " + w.apply("tidak ada pengguna konsol '", "no console user '") + username + "'");
                return 2;
            }
            var sessions = new SessionStore(new StoreSessions(store), users, clock, random, config.console()
                    .idleTimeout(), config.console().absoluteTimeout());
            var loginState = new StoreLoginState(store);
            var accounts = new Accounts(users, new PasswordHasher(random), new LoginThrottle(clock, loginState),
                    loginState, sessions,
                    (actor, action, entity, address, detail) -> audit.append(AuditEntry.of(clock.instant(), actor,
                            action, entity, address, "", detail)), random, clock);
            var password = accounts.reset(new Actor("command-line", Role.ADMIN, null, "local"), username);
            out.println(w.apply("Kata sandi sekali pakai untuk ", "One-time password for ") + username + ": "
                    + password + "  " + w.apply("(hanya ditampilkan sekali; wajib diganti saat masuk berikutnya)",
                    "(shown once; it must be changed at the next log-in)"));
            return 0;
        }
    }

}
