package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * The first hour of a new installation, in a real browser against the packaged jar: the bootstrap
 * admin signs in with the one-time password from the log, must change it, switches language, creates
 * an analyst, creates an API token, uses and revokes it, and signs out.
 */
@ExtendWith(RequiresChrome.class)
class FirstLoginBrowserTests {

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura();

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final String NEW_PASSWORD = "Correct-Horse-Battery-9";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void adminSignsInWithOneTimePasswordAndSetsUpTheTeam(TestInfo test) throws Exception {
        try (Browser browser = Browser.open(test, "ja")) {
            loginPageFollowsTheBrowserAndTheSwitch(browser);
            firstSignInForcesAPasswordChange(browser, yagura.oneTimePassword());
            languageSwitchIsStoredForTheUser(browser);
            adminCreatesAnAnalyst(browser);
            apiTokenWorksUntilRevoked(browser);
            auditTrailShowsWhatHappenedAndIsIntact(browser);
            signsOut(browser);
        }
    }

    private void loginPageFollowsTheBrowserAndTheSwitch(Browser browser) throws Exception {
        browser.step("login-ja", () -> {
            browser.go(yagura.url("/login"));
            assertThat(browser.htmlLang()).isEqualTo("ja");
        });
        browser.step("login-en", () -> {
            WebElement link = browser.waitFor(By.id("language-switch"));
            assertThat(link.getDomAttribute("href")).contains("lang=en");
            link.click();
            browser.waitForReload(link);
            assertThat(browser.htmlLang()).isEqualTo("en");
            assertThat(browser.find(By.id("language-switch")).getDomAttribute("href")).contains("lang=ja");
        });
        browser.step("login-ja-again", () -> {
            WebElement link = browser.waitFor(By.id("language-switch"));
            link.click();
            browser.waitForReload(link);
            assertThat(browser.htmlLang()).isEqualTo("ja");
        });
    }

    private void firstSignInForcesAPasswordChange(Browser browser, String oneTimePassword) throws Exception {
        browser.step("sign-in-with-one-time-password", () -> {
            browser.go(yagura.url("/login"));
            browser.type(By.id("username"), "admin");
            browser.type(By.id("password"), oneTimePassword);
            browser.find(By.id("login-submit")).click();
            browser.waitForPath("/account/password");
        });
        browser.step("too-short-password-rejected", () -> {
            // the server must reject it, whatever the browser's own checks (minlength) would do
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].form.noValidate = true;",
                    browser.find(By.id("new-password")));
            changePassword(browser, oneTimePassword, "short-1");
            browser.waitFor(By.cssSelector(".invalid-feedback, .alert-danger"));
            assertThat(browser.path()).isEqualTo("/account/password");
        });
        browser.step("strong-password-accepted", () -> {
            changePassword(browser, oneTimePassword, NEW_PASSWORD);
            browser.waitForPath("/");
            browser.waitFor(By.id("flash"));
        });
    }

    private static void changePassword(Browser browser, String current, String next) {
        browser.type(By.id("current-password"), current);
        browser.type(By.id("new-password"), next);
        browser.type(By.id("confirm-password"), next);
        browser.find(By.id("change-password-submit")).click();
    }

    private void languageSwitchIsStoredForTheUser(Browser browser) throws Exception {
        browser.step("signed-in-ja", () -> {
            browser.go(yagura.url("/"));
            assertThat(browser.htmlLang()).isEqualTo("ja");
            assertThat(menuText(browser)).containsPattern(JAPANESE);
        });
        browser.step("switched-to-en", () -> {
            switchLanguage(browser);
            assertThat(browser.htmlLang()).isEqualTo("en");
            assertThat(menuText(browser)).doesNotContainPattern(JAPANESE).containsPattern("[A-Za-z]");
            browser.go(yagura.url("/account/tokens"));
            assertThat(browser.htmlLang()).as("the choice is kept on the next page").isEqualTo("en");
        });
        browser.step("switched-back-to-ja", () -> {
            switchLanguage(browser);
            assertThat(browser.htmlLang()).isEqualTo("ja");
            assertThat(menuText(browser)).containsPattern(JAPANESE);
        });
    }

    private static void switchLanguage(Browser browser) {
        WebElement button = browser.waitFor(By.id("language-switch"));
        button.click();
        browser.waitForReload(button);
        browser.waitFor(By.id("user-menu"));
    }

    /** The account entry of the (closed) user menu; textContent, since closed dropdowns have no visible text. */
    private static String menuText(Browser browser) {
        return browser.find(By.id("menu-account")).getDomProperty("textContent").trim();
    }

    private void adminCreatesAnAnalyst(Browser browser) throws Exception {
        browser.step("new-user-form", () -> {
            browser.go(yagura.url("/admin/users/new"));
            browser.type(By.id("username"), "hanako");
            browser.type(By.id("displayName"), "山田 花子");
            browser.type(By.id("email"), "hanako@example.org");
            new Select(browser.find(By.id("role"))).selectByValue("ANALYST");
            browser.type(By.id("password"), "Analyst-Password-2026");
        });
        browser.step("user-created", () -> {
            browser.find(By.id("save-user")).click();
            browser.waitForPathMatching("/admin/users/(?!new$)[^/]+");
            browser.waitFor(By.id("flash"));
        });
        browser.step("user-listed", () -> {
            browser.go(yagura.url("/admin/users"));
            assertThat(browser.waitFor(By.id("users")).getText()).contains("hanako").contains("山田 花子");
        });
    }

    private void apiTokenWorksUntilRevoked(Browser browser) throws Exception {
        String[] secret = new String[1];
        browser.step("token-created", () -> {
            browser.go(yagura.url("/account/tokens"));
            browser.type(By.id("token-name"), "browser-test");
            if (!browser.driver().findElements(By.id("token-expires")).isEmpty()) {
                // typing into a date input depends on the browser's locale; set the ISO value directly
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                        browser.find(By.id("token-expires")), LocalDate.now().plusDays(30).toString());
            }
            browser.find(By.id("create-token")).click();
            WebElement shown = browser.waitFor(By.id("token-secret"));
            secret[0] = shown.getText().isBlank() ? shown.getDomProperty("value") : shown.getText().trim();
            assertThat(secret[0]).startsWith("ygr_");
        });

        HttpResponse<String> me = getMe(secret[0]);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(me.body()).containsPattern("\"username\"\\s*:\\s*\"admin\"");

        browser.step("token-revoked", () -> {
            browser.go(yagura.url("/account/tokens"));
            WebElement revoke = browser.waitFor(By.cssSelector(".revoke-token"));
            revoke.click();
            browser.acceptConfirm();
            browser.waitForReload(revoke);
        });

        HttpResponse<String> revoked = getMe(secret[0]);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> getMe(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(yagura.url("/api/v1/me")))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void auditTrailShowsWhatHappenedAndIsIntact(Browser browser) throws Exception {
        browser.step("audit-trail", () -> {
            long deadline = System.currentTimeMillis() + 20_000;
            do {
                browser.go(yagura.url("/admin/audit"));
            } while (!browser.find(By.id("audit-table")).getText().contains("token.revoked")
                    && System.currentTimeMillis() < deadline);
            String table = browser.find(By.id("audit-table")).getText();
            assertThat(table).contains("login.succeeded", "user.password-changed", "user.created", "token.created",
                    "token.revoked", "hanako");
        });
        browser.step("audit-verified", () -> {
            browser.find(By.id("audit-verify")).click();
            WebElement result = browser.waitFor(By.id("audit-verification-result"));
            assertThat(result.getDomAttribute("data-intact")).isEqualTo("true");
        });
    }

    private void signsOut(Browser browser) throws Exception {
        browser.step("user-menu-open", () -> {
            browser.go(yagura.url("/"));
            browser.waitFor(By.id("user-menu")).click();
            browser.waitFor(By.id("logout"));
        });
        browser.step("signed-out", () -> {
            browser.find(By.id("logout")).click();
            browser.waitForPath("/login");
            assertThat(browser.driver().findElements(By.id("user-menu"))).isEmpty();
        });
    }
}
