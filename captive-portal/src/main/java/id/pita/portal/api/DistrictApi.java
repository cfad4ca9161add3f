package id.pita.portal.api;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import id.pita.core.district.District;
import id.pita.portal.auth.Actor;
import id.pita.portal.console.ConsoleService;
import id.pita.portal.console.DistrictEdits;
import id.pita.portal.console.DistrictJson;
import id.pita.portal.console.Fields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.HashMap;
import java.util.function.BiFunction;

/** The district's configuration: pool, sites, gateways, calendar, policies, citizen plan. Writes are admin-only. */
final class DistrictApi {
    private final ConsoleService service;

    DistrictApi(ConsoleService service) {
        this.service = service;
    }

    /** The site; with {@code password} only in the answer to the save that set it (shown once). */
    private static JsonObject savedSite(ConsoleService.SavedSite saved) {
        var json = DistrictJson.site(saved.site());
        saved.newPassword().ifPresent(p -> json.put("password", p));
        return json;
    }

    void mount(ApiRoutes api, Router r) {
        api.route(r, GET, "/district", true, (ctx, a, f) -> DistrictJson.district(service.district(a)));
        api.route(r, PUT, "/pool", true, (ctx, a, f) -> DistrictJson.pool(
                edit(a, "pool.update", "pool", d -> DistrictEdits.withPool(d, f)).pool()));
        api.route(r, GET, "/sites", true, (ctx, a, f) -> {
            var list = new JsonArray();
            service.district(a).sites().forEach(s -> list.add(DistrictJson.site(s)));
            return list;
        });
        api.route(r, POST, "/sites", true, (ctx, a, f) -> {
            service.requireAdmin(a); // authorisation before validation: a refusal says nothing about the input
            var code = DistrictEdits.site(f).code();
            if (service.ports().district().load().site(code).isPresent()) {
                throw new id.pita.core.InvalidValueException("code", "site '" + code + "' already exists");
            }
            return ApiRoutes.Result.created(savedSite(service.saveSite(a, f, "site.create")));
        });
        api.route(r, GET, "/sites/:code", true, (ctx, a, f) -> DistrictJson.site(service.site(a,
                ctx.pathParam("code"))));
        api.route(r, PUT, "/sites/:code", true, (ctx, a, f) -> {
            service.requireAdmin(a);
            service.site(a, ctx.pathParam("code"));
            return savedSite(service.saveSite(a, withValue(f, "code", ctx.pathParam("code")), "site.update"));
        });
        api.route(r, DELETE, "/sites/:code", true, (ctx, a, f) -> {
            service.requireAdmin(a);
            service.site(a, ctx.pathParam("code"));
            edit(a, "site.delete", "site:" + ctx.pathParam("code"), d -> DistrictEdits.withoutSite(d,
                    ctx.pathParam("code")));
            return null;
        });
        api.route(r, GET, "/gateways", true, (ctx, a, f) -> {
            var list = new JsonArray();
            service.district(a).gateways().forEach(g -> list.add(DistrictJson.gateway(g)));
            return list;
        });
        api.route(r, POST, "/gateways", true, (ctx, a, f) -> {
            var g = service.addGateway(a, f);
            return ApiRoutes.Result.created(DistrictJson.gateway(g).put("secret", g.secret())
                    .put("portalSecret", g.portalSecret()));
        });
        api.route(r, GET, "/gateways/activity", true, (ctx, a, f) -> {
            var d = service.district(a);
            var now = service.clock().instant();
            var grace = d.citizenPlan().interimInterval();
            var list = new JsonArray();
            service.ports().live().gatewayActivity().forEach(activity -> d.gateway(activity.gatewayId())
                    .ifPresent(g -> list.add(DistrictJson.gatewayActivity(g, activity, now, grace))));
            return list;
        });
        api.route(r, DELETE, "/gateways/:id", true, (ctx, a, f) -> {
            edit(a, "gateway.delete", "gateway:" + ctx.pathParam("id"), d -> DistrictEdits.withoutGateway(d,
                    ctx.pathParam("id")));
            return null;
        });
        mountCalendar(api, r);
        api.route(r, GET, "/policies", true, (ctx, a, f) -> {
            var o = new JsonObject();
            service.district(a).policies().forEach((k, v) -> o.put(k.name(), DistrictJson.policy(v)));
            return o;
        });
        api.route(r, PUT, "/policies/:regime", true, (ctx, a, f) -> {
            var regime = ConsoleService.regime(ctx.pathParam("regime"));
            return DistrictJson.policy(edit(a, "policy.update", "policy:" + regime,
                    d -> DistrictEdits.withPolicy(d, regime, f)).policy(regime));
        });
        api.route(r, GET, "/citizen-plan", true, (ctx, a, f) -> DistrictJson.plan(service.district(a).citizenPlan()));
        api.route(r, PUT, "/citizen-plan", true, (ctx, a, f) -> DistrictJson.plan(
                edit(a, "plan.update", "citizenPlan", d -> DistrictEdits.withPlan(d, f)).citizenPlan()));
    }

    private void mountCalendar(ApiRoutes api, Router r) {
        api.route(r, GET, "/calendar", true, (ctx, a, f) -> DistrictJson.calendar(service.district(a).calendar()));
        calendarEdit(api, r, PUT, "/calendar/week", "calendar.week", DistrictEdits::withWeek);
        calendarEdit(api, r, POST, "/calendar/holidays", "calendar.holiday.add", DistrictEdits::withHoliday);
        calendarEdit(api, r, POST, "/calendar/exceptions", "calendar.exception.add", DistrictEdits::withException);
        calendarEdit(api, r, POST, "/calendar/ramadan", "calendar.ramadan.add", DistrictEdits::withRamadan);
        api.route(r, DELETE, "/calendar/:kind/:date", true, (ctx, a, f) -> {
            var date = new Fields(java.util.Map.of("date", ctx.pathParam("date"))).date("date");
            edit(a, "calendar." + ctx.pathParam("kind") + ".delete", "calendar",
                    d -> DistrictEdits.withoutCalendarDate(d, ctx.pathParam("kind"), date));
            return null;
        });
    }

    private void calendarEdit(ApiRoutes api, Router r, io.vertx.core.http.HttpMethod m, String path, String action,
                              BiFunction<District, Fields, District> change) {
        api.route(r, m, path, true, (ctx, a, f) -> DistrictJson.calendar(
                edit(a, action, "calendar", d -> change.apply(d, f)).calendar()));
    }

    private District edit(Actor a, String action, String entity, java.util.function.UnaryOperator<District> change) {
        return service.edit(a, action, entity, change);
    }

    private static Fields withValue(Fields f, String key, String value) {
        var m = new HashMap<>(f.asMap());
        m.put(key, value);
        return new Fields(m);
    }
}
