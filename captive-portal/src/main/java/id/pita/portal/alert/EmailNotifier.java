package id.pita.portal.alert;

import id.pita.portal.app.PitaConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;

/** Alert e-mail through an SMTP server, with Vert.x's mail client (STARTTLS and AUTH as configured). */
public final class EmailNotifier implements Notifier {
    private final MailClient client;
    private final PitaConfig.Email settings;

    public EmailNotifier(Vertx vertx, PitaConfig.Email settings) {
        this.settings = settings;
        var config = new MailConfig().setHostname(settings.host()).setPort(settings.port())
                .setStarttls(switch (settings.starttls()) {
                    case "required" -> StartTLSOptions.REQUIRED;
                    case "disabled" -> StartTLSOptions.DISABLED;
                    default -> StartTLSOptions.OPTIONAL;
                })
                .setLogin(settings.username().isEmpty() ? LoginOption.DISABLED : LoginOption.REQUIRED)
                .setUsername(settings.username().isEmpty() ? null : settings.username())
                .setPassword(settings.password().isEmpty() ? null : settings.password())
                .setKeepAlive(false);
        this.client = MailClient.create(vertx, config);
    }

    @Override
    public String channel() {
        return "email";
    }

    @Override
    public Future<Void> send(AlertMessage message) {
        var mail = new MailMessage().setFrom(settings.from()).setTo(settings.to()).setSubject(message.subject())
                .setText(message.body());
        return client.sendMail(mail).mapEmpty();
    }

    public Future<Void> close() {
        return client.close();
    }
}
