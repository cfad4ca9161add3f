package id.pita.portal.console;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.BoostState;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Site;
import id.pita.portal.auth.Accounts;
import id.pita.portal.auth.Actor;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.User;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The console's rules, shared by the HTML pages and the REST API: who may do what (admin everything, OPD
 * operator its own site's data and boosts, viewer read-only), validation through the core records, and an
 * audit entry for every change. Thread-safe; changes to the district are serialised.
 */
public final class ConsoleService {
    private final ConsolePorts ports;
    private final Accounts accounts;
    private final Clock clock;
    private final ConsoleSettings settings;

    public ConsoleService(ConsolePorts ports, Accounts accounts, Clock clock, ConsoleSettings settings) {
        this.ports = ports;
        this.accounts = accounts;
        this.clock = clock;
        this.settings = settings;
    }

    public Accounts accounts() {
        return accounts;
    }

    public ConsoleSettings settings() {
        return settings;
    }

    public ConsolePorts ports() {
        return ports;
    }

    public Clock clock() {
        return clock;
    }

    public District district(Actor actor) {
        var d = ports.district().load();
        if (actor.role() != Role.OPD) {
            return d;
        }
        var sites = d.sites().stream().filter(s -> actor.canSee(s.code())).toList();
        var gateways = d.gateways().stream().filter(g -> actor.canSee(g.siteCode())).toList();
        return new District(d.code(), d.name(), d.zone(), d.pool(), sites, gateways, d.calendar(), d.policies(),
                d.citizenPlan());
    }

    public Site site(Actor actor, String code) {
        if (!actor.canSee(code)) {
            throw ConsoleError.forbidden("site '" + code + "' belongs to another OPD");
        }
        return ports.district().load().site(code).orElseThrow(() -> ConsoleError.notFound("no site '" + code + "'"));
    }

    /** Applies an admin's edit to the district, saves it and audits what changed (a diff, not the district). */
    public synchronized District edit(Actor actor, String action, String entity, UnaryOperator<District> change) {
        requireAdmin(actor);
        var before = ports.district().load();
        var after = change.apply(before);
        ports.district().save(after);
        var diff = JsonDiff.of(DistrictJson.district(before), DistrictJson.district(after));
        audit(actor, action, entity, diff.before().encode(), diff.after().encode());
        return after;
    }

    /** A site as saved, and the office password when this save set one (to show once), else empty. */
    public record SavedSite(Site site, java.util.Optional<String> newPassword) {
    }

    /**
     * Creates or replaces a site from a form. An office keeps its password unless a new one is typed
     * ({@code password}) or asked for ({@code newPassword}); an office that has none yet gets a
     * generated one. The password is returned once and never shown again; the audit entry records only
     * that one is set.
     */
    public SavedSite saveSite(Actor actor, Fields f, String action) {
        requireAdmin(actor); // before parsing: a refusal must not depend on, or tell anything about, the input
        var fields = DistrictEdits.site(f);
        var existing = ports.district().load().site(fields.code());
        var typed = f.optional("password");
        String password;
        if (fields.isHotspot()) {
            password = typed;
        } else if (!typed.isEmpty()) {
            password = typed;
        } else if (f.flag("newPassword") || existing.filter(Site::hasPassword).isEmpty()) {
            password = accounts.randomPassword(20);
        } else {
            password = existing.get().password();
        }
        var site = fields.withPassword(password);
        edit(actor, action, "site:" + site.code(), d -> DistrictEdits.withSite(d, site));
        boolean changed = existing.map(e -> !e.password().equals(password)).orElse(true) && site.hasPassword();
        return new SavedSite(site, changed ? java.util.Optional.of(password) : java.util.Optional.empty());
    }

    /**
     * Adds a gateway with fresh secrets and returns it; the caller shows the secrets once. Creating secrets needs
     * the admin's password again ({@code currentPassword}).
     */
    public Gateway addGateway(Actor actor, Fields f) {
        requireAdmin(actor);
        accounts.reauthenticate(actor, f.optional("currentPassword"));
        var g = DistrictEdits.gateway(f, accounts.randomPassword(24), accounts.randomPassword(24));
        edit(actor, "gateway.create", "gateway:" + g.id(), d -> DistrictEdits.withGateway(d, g));
        return g;
    }

    public Boost requestBoost(Actor actor, Fields f) {
        if (actor.role() == Role.VIEWER) {
            throw ConsoleError.forbidden("a viewer cannot request boosts");
        }
        var site = site(actor, f.text("siteCode"));
        var zone = ports.district().load().zone();
        var extra = new Bandwidth(f.mbpsAsBps("extra.down"), f.mbpsAsBps("extra.up"));
        var from = f.dateTime("from").atZone(zone).toInstant();
        var until = f.dateTime("until").atZone(zone).toInstant();
        id.pita.core.Check.that(extra.down() <= site.ceiling().down(), "extra.down", "must not exceed the site's "
                + "ceiling (" + site.ceiling().down() / 1_000_000.0 + " Mbps)");
        id.pita.core.Check.that(extra.up() <= site.ceiling().up(), "extra.up", "must not exceed the site's "
                + "ceiling (" + site.ceiling().up() / 1_000_000.0 + " Mbps)");
        // The form has minute precision: a start within the current minute is not in the past.
        id.pita.core.Check.that(!from.isBefore(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)),
                "from", "must not be in the past");
        id.pita.core.Check.that(until.isAfter(from), "until", "must be after from");
        id.pita.core.Check.that(Duration.between(from, until).compareTo(settings.boostMaxDuration()) <= 0, "until",
                "must be at most " + settings.boostMaxDuration().toMinutes() + " minutes after from");
        var boost = new Boost(0, site.code(), extra, from, until,
                f.optional("reason"), BoostState.REQUESTED, actor.username(), "");
        var stored = ports.boosts().create(boost);
        audit(actor, "boost.request", "boost:" + stored.id(), "", DistrictJson.boost(stored).encode());
        return stored;
    }

    public List<Boost> boosts(Actor actor) {
        return ports.boosts().all().stream().filter(b -> actor.canSee(b.siteCode())).toList();
    }

    public synchronized Boost decideBoost(Actor actor, long id, boolean approve) {
        requireAdmin(actor);
        var b = ports.boosts().find(id).orElseThrow(() -> ConsoleError.notFound("no boost " + id));
        if (b.state() != BoostState.REQUESTED) {
            throw new ConsoleError(409, "conflict", "boost " + id + " is already " + b.state());
        }
        if (approve && b.requestedBy().equals(actor.username()) && !settings.singleAdmin()) {
            throw ConsoleError.forbidden("nobody approves their own request: another admin must decide boost " + id);
        }
        var decided = new Boost(b.id(), b.siteCode(), b.extra(), b.from(), b.until(), b.reason(),
                approve ? BoostState.APPROVED : BoostState.REJECTED, b.requestedBy(), actor.username());
        ports.boosts().update(decided);
        audit(actor, approve ? "boost.approve" : "boost.reject", "boost:" + id, DistrictJson.boost(b).encode(),
                DistrictJson.boost(decided).encode());
        return decided;
    }

    /** An admin withdraws an approved boost; the control loop drops it at its next round. */
    public synchronized Boost revokeBoost(Actor actor, long id) {
        requireAdmin(actor);
        var b = ports.boosts().find(id).orElseThrow(() -> ConsoleError.notFound("no boost " + id));
        if (b.state() != BoostState.APPROVED) {
            throw new ConsoleError(409, "conflict", "only an approved boost can be revoked (boost " + id + " is "
                    + b.state() + ")");
        }
        var revoked = new Boost(b.id(), b.siteCode(), b.extra(), b.from(), b.until(), b.reason(), BoostState.REVOKED,
                b.requestedBy(), actor.username());
        ports.boosts().update(revoked);
        audit(actor, "boost.revoke", "boost:" + id, new JsonObject().put("state", b.state().name()).encode(),
                new JsonObject().put("state", BoostState.REVOKED.name()).encode());
        return revoked;
    }

    public List<Voucher> createVouchers(Actor actor, Fields f) {
        return createBatch(actor, f).vouchers();
    }

    /** A batch and its vouchers, as just made. */
    public record BatchMade(VoucherBatch batch, List<Voucher> vouchers) {
    }

    /**
     * Makes a batch of vouchers for an event or guests: {@code count} (1-500), {@code validDays} (1-366),
     * optional {@code dailyQuotaMb} (0-100000, 0 = the citizen plan's), {@code note} and {@code site} (a hotspot).
     */
    public BatchMade createBatch(Actor actor, Fields f) {
        requireAdmin(actor);
        int count = f.integer("count", 1, 500);
        int days = f.integer("validDays", 1, 366);
        long quota = f.optional("dailyQuotaMb").isEmpty() ? 0 : f.integer("dailyQuotaMb", 0, 100_000);
        var site = f.optional("site");
        id.pita.core.Check.that(site.isEmpty() || ports.district().load().site(site).filter(s -> s.isHotspot())
                .isPresent(), "site", "must be a hotspot of the district");
        var note = f.optional("note");
        id.pita.core.Check.that(note.length() <= 500, "note", "must be at most 500 characters");
        var now = clock.instant();
        var until = now.plus(Duration.ofDays(days));
        var created = new java.util.ArrayList<Voucher>();
        for (int i = 0; i < count; i++) {
            created.add(new Voucher(accounts.randomPassword(10), now, until, actor.username(), false, note));
        }
        var batch = new VoucherBatch(0, now, actor.username(), note, (int) count, until, quota, site,
                java.util.Optional.empty());
        long id = ports.vouchers().addBatch(batch, created);
        audit(actor, "voucher.create", "voucher-batch:" + id, "", new JsonObject().put("count", count)
                .put("validDays", days).put("dailyQuotaMb", quota).put("site", site).put("note", note).encode());
        return new BatchMade(batch.withId(id), created);
    }

    /** Disables a batch: its unused vouchers expire now. Returns how many were still unused. */
    public int disableBatch(Actor actor, long id) {
        requireAdmin(actor);
        int unused = ports.vouchers().disableBatch(id, clock.instant());
        if (unused < 0) {
            throw ConsoleError.notFound("no voucher batch " + id);
        }
        audit(actor, "voucher.batch.disable", "voucher-batch:" + id, "", new JsonObject().put("unused", unused)
                .encode());
        return unused;
    }

    public void revokeVoucher(Actor actor, String code) {
        requireAdmin(actor);
        if (!ports.vouchers().revoke(code)) {
            throw ConsoleError.notFound("no unused voucher '" + code + "'");
        }
        audit(actor, "voucher.revoke", "voucher:" + masked(code), "", "");
    }

    /** Which vouchers the viewer may see: the list for everyone allowed, the codes for admins only. */
    public List<Voucher> vouchers(Actor actor) {
        if (actor.role() == Role.OPD) {
            throw ConsoleError.forbidden("vouchers are managed by Diskominfo");
        }
        var all = ports.vouchers().all();
        if (actor.isAdmin()) {
            return all;
        }
        return all.stream().map(v -> new Voucher(masked(v.code()), v.createdAt(), v.expiresAt(), v.createdBy(),
                v.used(), v.note())).toList();
    }

    /** A voucher code with all but its last two characters hidden, for viewers and the audit log. */
    public static String masked(String code) {
        return code.length() <= 2 ? "**" : "*".repeat(code.length() - 2) + code.substring(code.length() - 2);
    }

    /**
     * Creates a console user with a random one-time password, returned once. Creating an admin needs the acting
     * admin's password again ({@code currentPassword}).
     */
    public String createUser(Actor actor, Fields f) {
        requireAdmin(actor);
        var role = Role.parse(f.text("role"));
        var site = role == Role.OPD ? site(actor, f.text("siteCode")).code() : null;
        if (role == Role.ADMIN) {
            accounts.reauthenticate(actor, f.optional("currentPassword"));
        }
        return accounts.createWithTemporaryPassword(actor, f.text("username"), role, site);
    }

    /** An admin changes a user's role; making someone an admin needs the acting admin's password again. */
    public void changeRole(Actor actor, String username, Fields f) {
        requireAdmin(actor);
        var role = Role.parse(f.text("role"));
        var site = role == Role.OPD ? site(actor, f.text("siteCode")).code() : null;
        if (role == Role.ADMIN) {
            accounts.reauthenticate(actor, f.optional("currentPassword"));
        }
        accounts.changeRole(actor, username, role, site);
    }

    public String resetUser(Actor actor, String username) {
        requireAdmin(actor);
        return accounts.reset(actor, username);
    }

    public void setUserDisabled(Actor actor, String username, boolean disabled) {
        requireAdmin(actor);
        accounts.setDisabled(actor, username, disabled);
    }

    public void deleteUser(Actor actor, String username) {
        requireAdmin(actor);
        accounts.delete(actor, username);
    }

    /** Records a refused request (403) in the audit log. */
    public void denied(Actor actor, String method, String path, String reason) {
        ports.audit().append(AuditEntry.of(clock.instant(), actor == null ? "anonymous" : actor.username(),
                "access.denied", method + " " + path, actor == null ? "" : actor.address(), "",
                new JsonObject().put("reason", reason).encode()));
    }

    public List<User> users(Actor actor) {
        requireAdmin(actor);
        return accounts.users().all();
    }

    public void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw ConsoleError.forbidden("only a Diskominfo admin may do this");
        }
    }

    public void audit(Actor actor, String action, String entity, String before, String after) {
        ports.audit().append(AuditEntry.of(clock.instant(), actor.username(), action, entity, actor.address(), before,
                after));
    }

    /** The monthly report for {@code month} ({@code 2026-11}; blank = this month in the district's zone). */
    public id.pita.portal.report.MonthlyReport monthlyReport(String month) {
        return ReportPages.report(this, month);
    }

    public static Regime regime(String value) {
        return new Fields(java.util.Map.of("regime", value)).choice("regime", Regime.class);
    }
}
