package id.pita.portal.alert;

import id.pita.portal.app.PitaConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Alerts to a chat through the Telegram Bot API: {@code POST <apiUrl>/bot<token>/sendMessage} with a JSON
 * {@code chat_id} and {@code text} (plain text, no parse mode, so nothing in a gateway name can break the markup).
 * A reply other than 2xx with {@code "ok": true} fails the send. The token is in the URL, so it is never logged.
 */
public final class TelegramNotifier implements Notifier {
    private final WebClient client;
    private final PitaConfig.Telegram settings;

    public TelegramNotifier(Vertx vertx, PitaConfig.Telegram settings) {
        this.settings = settings;
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(10_000).setIdleTimeout(30));
    }

    @Override
    public String channel() {
        return "telegram";
    }

    @Override
    public Future<Void> send(AlertMessage message) {
        var url = settings.apiUrl().replaceAll("/+$", "") + "/bot" + settings.token() + "/sendMessage";
        var body = new JsonObject().put("chat_id", settings.chatId())
                .put("text", message.subject() + "\n\n" + message.body()).put("disable_web_page_preview", true);
        return client.postAbs(url).timeout(20_000).sendJsonObject(body).compose(r -> {
            var ok = r.statusCode() / 100 == 2 && Boolean.TRUE.equals(safeOk(r.bodyAsString()));
            return ok ? Future.<Void>succeededFuture()
                    : Future.failedFuture("Telegram answered HTTP " + r.statusCode());
        });
    }

    private static Boolean safeOk(String body) {
        try {
            return new JsonObject(body).getBoolean("ok");
        } catch (RuntimeException e) {
            return false;
        }
    }

    public void close() {
        client.close();
    }
}
