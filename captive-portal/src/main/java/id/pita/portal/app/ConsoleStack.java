package id.pita.portal.app;

import id.pita.core.store.Store;
import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.LoginThrottle;
import id.pita.portal.auth.PasswordHasher;
import id.pita.portal.auth.SessionStore;
import id.pita.portal.auth.WebAuth;
import id.pita.portal.console.AuditEntry;
import id.pita.portal.console.ConsolePorts;
import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.ConsoleSettings;
import id.pita.portal.console.LiveView;
import id.pita.portal.console.OpsPorts;
import id.pita.portal.report.UsageSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The console's accounts, sessions, audit log and service over the store, built in one place for Pita and for
 * the console tests (which thus run on the real store). {@code authClock} drives log-ins and sessions (real
 * time even under a fast simulation clock), {@code clock} the district's data.
 */
public record ConsoleStack(Accounts accounts, WebAuth auth, ConsoleService service, StoreAuditLog audit,
                           StoreVouchers vouchers) {
    /** The live parts the store does not hold. */
    public record Live(LiveView live, Function<java.time.Instant, id.pita.core.calendar.Regime> regimeAt,
                       Supplier<String> metrics) {
    }

    public static ConsoleStack build(Store store, DistrictHolder district, Clock clock, Clock authClock,
                                     SecureRandom random, PitaConfig.Console config, boolean secureCookies,
                                     Live live) {
        return build(store, district, clock, authClock, random, config, secureCookies, live, OpsPorts.none());
    }

    /** As above, with the notices, national holiday lists and gateway set-up of a running Pita. */
    public static ConsoleStack build(Store store, DistrictHolder district, Clock clock, Clock authClock,
                                     SecureRandom random, PitaConfig.Console config, boolean secureCookies,
                                     Live live, OpsPorts ops) {
        var audit = new StoreAuditLog(store);
        var users = new StoreUsers(store);
        var sessions = new SessionStore(new StoreSessions(store), users, authClock, random, config.idleTimeout(),
                config.absoluteTimeout());
        var loginState = new StoreLoginState(store);
        var accounts = new Accounts(users, new PasswordHasher(random), new LoginThrottle(authClock, loginState),
                loginState, sessions,
                (actor, action, entity, address, detail) -> audit.append(AuditEntry.of(authClock.instant(), actor,
                        action, entity, address, "", detail)),
                random, authClock);
        var vouchers = new StoreVouchers(store, clock, audit);
        var consolePorts = new StoreConsolePorts(store, district);
        UsageSource usage = consolePorts;
        var ports = new ConsolePorts(consolePorts, audit, consolePorts, vouchers, usage, live.live(), live.regimeAt(),
                live.metrics());
        var service = new ConsoleService(ports, accounts, clock, new ConsoleSettings(config.boostMaxDuration(),
                config.singleAdmin()), ops);
        return new ConsoleStack(accounts, new WebAuth(accounts, secureCookies), service, audit, vouchers);
    }
}
