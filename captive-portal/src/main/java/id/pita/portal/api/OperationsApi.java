package id.pita.portal.api;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.DistrictJson;
import id.pita.portal.console.Fields;
import id.pita.portal.console.PublicStatus;
import id.pita.portal.report.ReportCsv;
import id.pita.portal.report.UsageReports;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/** Boosts, vouchers, users, audit, live state, reports and the public status. */
final class OperationsApi {
    private final ConsoleService service;

    OperationsApi(ConsoleService service) {
        this.service = service;
    }

    void mount(ApiRoutes api, Router r) {
        api.route(r, GET, "/boosts", true, (ctx, a, f) -> array(service.boosts(a).stream().map(DistrictJson::boost)));
        api.route(r, POST, "/boosts", true, (ctx, a, f) -> ApiRoutes.Result.created(
                DistrictJson.boost(service.requestBoost(a, f))));
        for (var decision : new String[] {"approve", "reject"}) {
            api.route(r, POST, "/boosts/:id/" + decision, true, (ctx, a, f) -> DistrictJson.boost(service.decideBoost(a,
                    new Fields(java.util.Map.of("id", ctx.pathParam("id"))).integer("id"),
                            decision.equals("approve"))));
        }
        api.route(r, POST, "/boosts/:id/revoke", true, (ctx, a, f) -> DistrictJson.boost(service.revokeBoost(a,
                new Fields(java.util.Map.of("id", ctx.pathParam("id"))).integer("id"))));
        api.route(r, GET, "/vouchers", true, (ctx, a, f) -> array(service.vouchers(a).stream()
                .map(DistrictJson::voucher)));
        api.route(r, POST, "/vouchers", true, (ctx, a, f) -> ApiRoutes.Result.created(new JsonObject().put("vouchers",
                array(service.createVouchers(a, f).stream().map(DistrictJson::voucher)))));
        api.route(r, DELETE, "/vouchers/:code", true, (ctx, a, f) -> {
            service.revokeVoucher(a, ctx.pathParam("code"));
            return null;
        });
        api.route(r, GET, "/users", true, (ctx, a, f) -> array(service.users(a).stream().map(u -> new JsonObject()
                .put("username", u.username()).put("role", u.role().name()).put("siteCode", u.siteCode())
                .put("createdAt", u.createdAt().toString()).put("disabled", u.disabled())
                .put("totp", u.hasTotp()))));
        api.route(r, POST, "/users", true, (ctx, a, f) -> {
            var password = service.createUser(a, f);
            return ApiRoutes.Result.created(new JsonObject().put("username", f.text("username"))
                    .put("password", password));
        });
        api.route(r, POST, "/users/:username/reset", true, (ctx, a, f) -> new JsonObject()
                .put("username", ctx.pathParam("username"))
                .put("password", service.resetUser(a, ctx.pathParam("username"))));
        api.route(r, POST, "/users/:username/disable", true, (ctx, a, f) -> {
            service.setUserDisabled(a, ctx.pathParam("username"), true);
            return null;
        });
        api.route(r, POST, "/users/:username/enable", true, (ctx, a, f) -> {
            service.setUserDisabled(a, ctx.pathParam("username"), false);
            return null;
        });
        api.route(r, PUT, "/users/:username/role", true, (ctx, a, f) -> {
            service.changeRole(a, ctx.pathParam("username"), f);
            return null;
        });
        api.route(r, DELETE, "/users/:username", true, (ctx, a, f) -> {
            service.deleteUser(a, ctx.pathParam("username"));
            return null;
        });
        api.route(r, GET, "/nodes", true, (ctx, a, f) -> {
            service.requireAdmin(a);
            return array(service.ops().nodes().get().stream().map(n -> new JsonObject().put("id", n.id())
                    .put("host", n.host()).put("authPort", n.authPort()).put("acctPort", n.acctPort())
                    .put("webPort", n.webPort()).put("adminPort", n.adminPort()).put("started", n.started().toString())
                    .put("lastSeen", n.lastSeen().toString()).put("leader", n.leader())));
        });
        api.route(r, GET, "/audit", true, (ctx, a, f) -> {
            service.requireAdmin(a);
            return array(service.ports().audit().recent(500).stream().map(e -> new JsonObject().put("id", e.id())
                    .put("at", e.at().toString()).put("actor", e.actor()).put("action", e.action()).put("entity",
                            e.entity())
                    .put("address", e.address()).put("before", e.beforeJson()).put("after", e.afterJson())
                    .put("hash", e.hash())));
        });
        api.route(r, GET, "/audit/verify", true, (ctx, a, f) -> {
            service.requireAdmin(a);
            var v = service.ports().audit().verify();
            return new JsonObject().put("intact", v.intact()).put("checked", v.checked())
                    .put("unchained", v.unchained()).put("firstBadId", v.firstBadId()).put("problem", v.problem())
                    .put("head", v.head());
        });
        api.route(r, GET, "/live", true, (ctx, a, f) -> LiveJson.of(service.ports().live().now(), a));
        api.route(r, GET, "/reports/monthly", true, (ctx, a, f) ->
                LiveJson.report(service.monthlyReport(ctx.request().getParam("month"))));
        api.route(r, GET, "/reports/monthly.csv", true, (ctx, a, f) -> new ApiRoutes.Result(200,
                "text/csv; charset=utf-8",
                ReportCsv.monthly(service.monthlyReport(ctx.request().getParam("month")))));
        api.route(r, GET, "/reports/hourly", true, (ctx, a, f) -> {
            var d = service.ports().district().load();
            var date = Fields.of(new JsonObject().put("date", ctx.request().getParam("date"))).date("date");
            var from = date.atStartOfDay(d.zone()).toInstant();
            var rows = service.ports().usage().hours(from, date.plusDays(1).atStartOfDay(d.zone()).toInstant());
            var lines = new UsageReports(d.pool(), d.zone(), t -> service.ports().regimeAt().apply(t)).byHour(rows,
                    date);
            return array(lines.stream().map(LiveJson::line));
        });
        api.route(r, GET, "/public/status", false, (ctx, a, f) -> PublicStatus.json(service));
        api.route(r, GET, "/public/status.csv", false, (ctx, a, f) -> new ApiRoutes.Result(200,
                "text/csv; charset=utf-8", PublicStatus.csv(PublicStatus.json(service))));
    }

    static JsonArray array(java.util.stream.Stream<JsonObject> items) {
        var a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
