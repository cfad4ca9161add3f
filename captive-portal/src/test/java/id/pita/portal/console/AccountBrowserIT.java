package id.pita.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.portal.auth.Actor;
import id.pita.portal.auth.Role;
import id.pita.portal.auth.Totp;
import id.pita.portal.testing.ConsoleServer;
import id.pita.portal.testing.DevTools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A new admin's first log-in in Debian's Chromium: the one-time password leads only to the password change,
 * then to enrolling a second factor (recovery codes shown once), then the console; the sessions page lists the
 * session and "end this session" logs out. Also checks the console's CSP is honoured (no inline script runs).
 */
class AccountBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void aNewAdminChangesTheOneTimePasswordEnrolsTotpAndEndsTheSession() throws Exception {
        Files.createDirectories(SHOTS);
        try (var server = new ConsoleServer(); var browser = new DevTools()) {
            var temp = server.accounts.createWithTemporaryPassword(new Actor("admin", Role.ADMIN, null), "kominfo",
                    Role.ADMIN, null);
            browser.navigate(server.base() + "/console/login");
            browser.andWaitForNewPage("document.getElementById('u').value = 'kominfo';"
                    + "document.getElementById('p').value = '" + temp + "'; document.querySelector('form').submit()");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console/account");
            assertThat((String) browser.eval("document.body.innerText")).contains("sudah terpakai");
            // Any other page sends the restricted session back here.
            browser.navigate(server.base() + "/console/district");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console/account");

            browser.andWaitForNewPage("var i = document.getElementById('password-newPassword');"
                    + "i.value = 'Tanah Grogot 2026!'; i.form.submit()");
            assertThat((String) browser.eval("document.body.innerText")).contains("verifikasi dua langkah");
            var secret = (String) browser.eval("document.getElementById('totp-secret').innerText");
            assertThat(secret).matches("[A-Z2-7]{32}");
            Files.write(SHOTS.resolve("account-totp.png"), browser.screenshot());
            browser.andWaitForNewPage("document.getElementById('totp-currentPassword').value = 'Tanah Grogot 2026!';"
                    + "document.getElementById('totp-code').value = '" + Totp.code(secret,
                    server.authClock.instant()) + "'; document.getElementById('totp-code').form.submit()");
            assertThat(browser.eval("document.querySelectorAll('ul.codes li').length")).isEqualTo(10);
            assertThat(server.accounts.users().find("kominfo").orElseThrow().hasTotp()).isTrue();

            browser.navigate(server.base() + "/console/district");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console/district");
            // The CSP forbids inline script: a script element added to the page does not run.
            browser.eval("var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                    + "document.body.appendChild(s); 0");
            assertThat(browser.eval("typeof window.ran")).isEqualTo("undefined");

            browser.navigate(server.base() + "/console/account");
            assertThat((String) browser.eval("document.body.innerText")).contains("(sesi ini)");
            Files.write(SHOTS.resolve("account-sessions.png"), browser.screenshot());
            browser.andWaitForNewPage("document.querySelector('form[action$=\"/end\"]').submit()");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console/login");
            browser.navigate(server.base() + "/console");
            assertThat(browser.eval("location.pathname")).isEqualTo("/console/login");
            assertThat(server.lastAudit("totp.enrol").actor()).isEqualTo("kominfo");
            assertThat(server.lastAudit("password.change").actor()).isEqualTo("kominfo");
        }
    }
}
