package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In Japanese (issue 3): a reported phishing e-mail is imported from an {@code .eml} file, triaged as a
 * new phishing incident, worked with the phishing playbook, documented in the journal (an entry that
 * happened earlier sorts first by occurred time), reviewed and closed as resolved; the SLA targets page
 * is shown in Japanese, and the PDF report, fetched with the browser's session, carries the Japanese title.
 */
@ExtendWith(RequiresChrome.class)
class IncidentLifecycleJapaneseBrowserTests {

    private static final String PASSWORD = "Lifecycle-Watchtower-Lantern-7";
    private static final String SUBJECT = "銀行を装うフィッシングメールの報告";
    private static final String ATTACHMENT = "suspicious-mail-headers.txt";
    private static final List<String> PHISHING_TASKS = List.of(
            "ヘッダーを含めフィッシングメールを保全する",
            "送信元とフィッシングURLをメールゲートウェイとプロキシで遮断する",
            "全受信者と、クリック・認証情報入力をした利用者を特定する",
            "影響を受けた利用者の認証情報をリセットしセッションを無効化する",
            "フィッシングサイトのテイクダウンを依頼する",
            "利用者へ注意喚起し、攻撃者による再ログインがないことを確認する");

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD));

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void phishingMailBecomesAnIncidentThatIsWorkedReviewedAndClosed(TestInfo test) throws Exception {
        Path eml = temp.resolve("phishing-report.eml");
        Files.write(eml, reportedMail());
        try (Browser browser = Browser.open(test, "ja")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
                assertThat(browser.htmlLang()).isEqualTo("ja");
            });

            String[] report = new String[1];
            browser.step("eml-imported", () -> {
                browser.go(yagura.url("/reports/import"));
                assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("メールの取り込み（.eml）");
                browser.find(By.id("eml-file")).sendKeys(eml.toAbsolutePath().toString());
                browser.find(By.id("import-eml")).click();
                browser.waitForPathMatching("/reports/RPT-\\d{4}-\\d{5}");
                report[0] = browser.path().replaceAll(".*/reports/", "");
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("メールを報告として取り込みました。トリアージ待ちです。");
                assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("トリアージ待ち");
                assertThat(browser.find(By.tagName("h1")).getText()).contains(SUBJECT);
                assertThat(browser.find(By.id("report-body")).getText()).contains("hxxp://bank-example[.]test/login");
                String mail = browser.waitFor(By.id("mail-panel")).getText();
                assertThat(mail).contains("メール", "差出人", "添付ファイル", "総務部 佐藤", "soumu@victim.example");
                assertThat(browser.find(By.id("mail-attachments")).getText()).contains(ATTACHMENT, "text/plain");
            });

            String[] incident = new String[1];
            browser.step("triaged-as-new-incident", () -> {
                new Select(browser.find(By.id("decision"))).selectByValue("OPEN_INCIDENT");
                new Select(browser.find(By.id("classification"))).selectByValue("fraud/phishing");
                browser.type(By.id("reason"), "当行を装うフィッシングメールが社員に届いている");
                WebElement submit = browser.find(By.id("triage-submit"));
                click(browser, submit);
                browser.waitForReload(submit);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("報告をトリアージしました。");
                assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("新しいインシデントを起票");
                assertThat(browser.find(By.id("report-facts")).getText()).contains("fraud / phishing");
                incident[0] = browser.find(By.id("report-incident")).getText();
                assertThat(incident[0]).matches("IR-\\d{4}-\\d{4}");
            });
            String key = incident[0];
            String page = "/incidents/" + key;

            browser.step("incident-page", () -> {
                browser.find(By.id("report-incident")).click();
                browser.waitForPath(page);
                assertThat(browser.find(By.id("incident-title")).getText()).isEqualTo(SUBJECT);
                assertThat(browser.find(By.id("incident-status")).getText()).isEqualTo("新規");
                assertThat(browser.find(By.id("incident-reports")).getText()).contains(report[0]);
            });

            browser.step("playbook-applied", () -> {
                Select playbook = new Select(browser.find(By.id("playbook")));
                assertThat(playbook.getFirstSelectedOption().getText()).isEqualTo("フィッシング (6)");
                playbook.selectByValue("phishing");
                WebElement apply = browser.find(By.id("playbook-submit"));
                assertThat(apply.getText()).isEqualTo("プレイブックを適用");
                click(browser, apply);
                browser.waitForReload(apply);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("プレイブックのタスクを追加しました。");
                assertThat(browser.find(By.id("incident-tasks")).getText()).contains(PHISHING_TASKS);
                assertThat(taskStates(browser)).hasSize(PHISHING_TASKS.size()).containsOnly("OPEN");
                show(browser, By.id("incident-tasks"));
            });

            browser.step("tasks-done", () -> {
                for (int i = 0; i < PHISHING_TASKS.size(); i++) {
                    WebElement form = browser.driver().findElements(By.cssSelector("#incident-tasks form")).get(i);
                    new Select(form.findElement(By.name("state"))).selectByValue("DONE");
                    WebElement save = form.findElement(By.cssSelector("button[type=submit]"));
                    click(browser, save);
                    browser.waitForReload(save);
                    assertThat(browser.find(By.id("flash")).getText()).isEqualTo("タスクを更新しました。");
                }
                assertThat(taskStates(browser)).hasSize(PHISHING_TASKS.size()).containsOnly("DONE");
                assertThat(browser.find(By.id("incident-tasks")).getText()).contains("完了");
                show(browser, By.id("incident-tasks"));
            });

            browser.step("sla-clocks", () -> {
                WebElement sla = browser.find(By.id("incident-sla"));
                assertThat(sla.getText()).contains("SLA クロック");
                assertThat(sla.findElements(By.tagName("table"))).isNotEmpty();
                show(browser, By.id("incident-sla"));
            });

            String entry = "送信元ドメインをメールゲートウェイで遮断した（初動対応）";
            browser.step("journal-entry-in-the-past", () -> {
                // two days back: before the mail arrived and before every entry the system wrote, whatever the zones
                String occurred = LocalDateTime.now().minusDays(2).truncatedTo(ChronoUnit.MINUTES)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
                new Select(browser.find(By.id("journal-kind"))).selectByValue("ACTION");
                // typing into a datetime-local input depends on the browser's locale; set the ISO value directly
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                        browser.find(By.id("journal-occurred")), occurred);
                browser.type(By.id("journal-body"), entry);
                WebElement submit = browser.find(By.id("journal-submit"));
                assertThat(submit.getText()).isEqualTo("対応記録に追加");
                click(browser, submit);
                browser.waitForReload(submit);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("対応記録に追加しました。");
                assertThat(new Select(browser.find(By.cssSelector("#journal-filter select[name=sort]")))
                        .getFirstSelectedOption().getText()).isEqualTo("発生日時順");
                List<WebElement> journal = browser.driver().findElements(By.cssSelector("#journal > li"));
                assertThat(journal).hasSizeGreaterThan(2);
                assertThat(journal.get(0).getText()).as("sorted by occurred time, the earlier action comes first")
                        .contains(entry, "対処");
                show(browser, By.id("journal"));
            });
            browser.step("journal-by-recorded-time", () -> {
                browser.go(yagura.url(page + "?sort=recorded"));
                List<WebElement> journal = browser.driver().findElements(By.cssSelector("#journal > li"));
                assertThat(journal.get(0).getText()).doesNotContain(entry);
                assertThat(journal.get(journal.size() - 1).getText()).as("recorded last").contains(entry);
                show(browser, By.id("journal"));
            });

            browser.step("sla-targets-in-japanese", () -> {
                browser.go(yagura.url("/admin/sla"));
                assertThat(browser.htmlLang()).isEqualTo("ja");
                assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("SLA 目標と営業時間");
                assertThat(browser.find(By.id("sla-targets")).getText())
                        .contains("優先度", "受付", "封じ込め", "解決", "漏えい等の報告", "分", "営業時間");
            });

            browser.step("review-saved", () -> {
                browser.go(yagura.url(page));
                browser.waitFor(By.id("review-form"));
                assertThat(browser.find(By.id("review-state")).getText()).isEqualTo("未完了");
                browser.type(By.id("review-summary"), "銀行を装うフィッシングメールが社員 12 名に届き、1 名が認証情報を入力した。");
                browser.type(By.id("review-root-cause"), "送信ドメイン認証（DMARC）の検査結果がメールゲートウェイで利用されていなかった。");
                browser.type(By.id("review-what-worked"), "報告から 30 分以内に URL を遮断できた。");
                browser.type(By.id("review-what-did-not"), "受信者の特定に時間がかかった。");
                WebElement save = browser.find(By.id("review-save"));
                click(browser, save);
                browser.waitForReload(save);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("事後レビューを保存しました。");
                show(browser, By.id("review"));
            });
            browser.step("review-completed", () -> {
                WebElement complete = browser.waitFor(By.id("review-complete"));
                assertThat(complete.getText()).isEqualTo("レビューを完了する");
                click(browser, complete);
                browser.waitForReload(complete);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("事後レビューを完了しました。");
                assertThat(browser.waitFor(By.id("review-state")).getText()).isEqualTo("完了");
                assertThat(browser.find(By.id("review")).getText()).contains("事後レビュー（振り返り）");
                show(browser, By.id("review"));
            });

            transition(browser, "contained", "CONTAINMENT", null, "封じ込め");
            transition(browser, "recovering", "RECOVERY", null, "復旧");
            transition(browser, "closed-resolved", "CLOSED", "RESOLVED", "クローズ (解決)");

            browser.step("pdf-report", () -> {
                assertThat(browser.find(By.id("report-pdf")).getText()).isEqualTo("報告書（PDF）");
                HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(yagura.url(page + "/report.pdf")))
                        .header("Cookie", cookies(browser))
                        .header("Accept-Language", "ja")
                        .timeout(Duration.ofSeconds(60))
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
                assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                String text;
                try (PDDocument document = Loader.loadPDF(pdf.body())) {
                    text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                }
                assertThat(text).contains(SUBJECT, "インシデント報告書", key);
            });
        }
    }

    private static void transition(Browser browser, String step, String status, String resolution, String shown)
            throws Exception {
        browser.step(step, () -> {
            new Select(browser.find(By.id("transition-status"))).selectByValue(status);
            new Select(browser.find(By.id("transition-resolution"))).selectByValue(resolution == null ? "" : resolution);
            WebElement submit = browser.find(By.id("transition-submit"));
            click(browser, submit);
            browser.waitForReload(submit);
            assertThat(browser.find(By.id("flash")).getText()).isEqualTo("ステータスを変更しました。");
            assertThat(browser.find(By.id("incident-status")).getText()).isEqualTo(shown);
        });
    }

    /**
     * Scrolls {@code element} to the middle of the window at once and clicks it. The incident page is long, and
     * Bootstrap makes scrolling smooth: the driver's own scrolling may still be moving when it clicks, which
     * chromedriver refuses ("element click intercepted").
     */
    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Scrolls the part of the page a step is about to the top of the window, for the step's screenshot. */
    private static void show(Browser browser, By part) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", browser.waitFor(part));
    }

    /** The value of each task's state select, in the order of the tasks table. */
    private static List<String> taskStates(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#incident-tasks select[name=state]")).stream()
                .map(s -> new Select(s).getFirstSelectedOption().getDomAttribute("value")).toList();
    }

    /** The browser's cookies for the server (the session among them), as a Cookie header. */
    private static String cookies(Browser browser) {
        return browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** A phishing mail forwarded by a colleague, in Japanese (UTF-8), with a text attachment; sent an hour ago. */
    private static byte[] reportedMail() {
        String date = ZonedDateTime.now(ZoneOffset.ofHours(9)).minusHours(1).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        String body = """
                お疲れさまです。総務部の佐藤です。
                当行を装う以下のメールが複数の社員に届いています。
                リンク先: hxxp://bank-example[.]test/login
                ご確認をお願いします。
                """;
        String attachment = """
                Received: from mail.bank-example.test (203.0.113.7)
                From: "口座管理センター" <support@bank-example.test>
                Subject: 【重要】口座の確認をお願いします
                """;
        return ("From: =?UTF-8?B?" + b64("総務部 佐藤") + "?= <soumu@victim.example>\n"
                + "To: csirt@csirt.example\n"
                + "Subject: =?UTF-8?B?" + b64(SUBJECT) + "?=\n"
                + "Date: " + date + "\n"
                + "Message-ID: <lifecycle-" + System.nanoTime() + "@victim.example>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"yagura-boundary\"\n"
                + "\n"
                + "--yagura-boundary\n"
                + "Content-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: base64\n"
                + "\n"
                + b64(body) + "\n"
                + "--yagura-boundary\n"
                + "Content-Type: text/plain; charset=utf-8; name=\"" + ATTACHMENT + "\"\n"
                + "Content-Disposition: attachment; filename=\"" + ATTACHMENT + "\"\n"
                + "Content-Transfer-Encoding: base64\n"
                + "\n"
                + b64(attachment) + "\n"
                + "--yagura-boundary--\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
