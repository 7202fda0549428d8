package org.yagura.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yagura.shared.api.BadRequestException;

class EmlReaderTests {

    private final Map<String, byte[]> stored = new LinkedHashMap<>();
    private final EmlReader reader = new EmlReader(this::store);

    private MailAttachment store(String name, String type, InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        stored.put(name, bytes);
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new MailAttachment(name, type, bytes.length, sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MailMessage read(byte[] eml) throws IOException {
        return reader.read(new ByteArrayInputStream(eml));
    }

    private static byte[] ascii(String s) {
        return s.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsJapaneseMailInIso2022JpWithEncodedSubjectAndSender() throws IOException {
        Charset jis = Charset.forName("ISO-2022-JP");
        String subject = "=?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString("不正アクセスの報告".getBytes(jis)) + "?=";
        String name = "=?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString("山田太郎".getBytes(jis)) + "?=";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("""
                Received: from mx.example.jp (mx.example.jp [192.0.2.1])
                \tby mail.csirt.example; Tue, 24 Nov 2026 10:15:00 +0900
                From: %s <taro@Example.JP>
                To: csirt@csirt.example
                Subject: %s
                Date: Tue, 24 Nov 2026 10:14:30 +0900
                Message-ID: <abc123@example.jp>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=ISO-2022-JP
                Content-Transfer-Encoding: 7bit

                """.formatted(name, subject)));
        out.writeBytes("サーバ 192.0.2.10 から不審な通信があります。\r\n".getBytes(jis));

        MailMessage mail = read(out.toByteArray());

        assertThat(mail.subject()).isEqualTo("不正アクセスの報告");
        assertThat(mail.from()).isEqualTo("山田太郎 <taro@Example.JP>");
        assertThat(mail.to()).containsExactly("csirt@csirt.example");
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-11-24T01:14:30Z"));
        assertThat(mail.receivedAt()).isEqualTo(Instant.parse("2026-11-24T01:15:00Z"));
        assertThat(mail.messageId()).isEqualTo("<abc123@example.jp>");
        assertThat(mail.text()).isEqualTo("サーバ 192.0.2.10 から不審な通信があります。");
        assertThat(mail.safeHtml()).isNull();
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void keepsTextAndSanitisedHtmlAndWritesLinkTargetsOut() throws IOException {
        MailMessage mail = read(ascii("""
                From: alerts@bank.example
                Subject: Verify your account
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Click the link.
                --b1
                Content-Type: text/html; charset=utf-8

                <html><head><script>alert(1)</script></head><body onload="steal()">
                <p>Click <a href="http://evil.example/login">here</a><img src="http://track.example/p.gif"></p>
                <iframe src="http://evil.example/"></iframe><p style="color:red">Bye</p></body></html>
                --b1--
                """));

        assertThat(mail.text()).isEqualTo("Click the link.");
        assertThat(mail.safeHtml())
                .contains("Click here &lt;http://evil.example/login&gt;", "<p>Bye</p>")
                .doesNotContain("script", "alert", "onload", "<img", "track.example", "iframe", "href", "style");
    }

    @Test
    void derivesTextFromHtmlWhenThereIsNoTextPart() throws IOException {
        MailMessage mail = read(ascii("""
                From: a@example.org
                Subject: html only
                Content-Type: text/html; charset=utf-8

                <p>First</p><p>Visit <a href="hxxp://bad[.]example">this</a></p><script>x()</script>
                """));

        assertThat(mail.text()).isEqualTo("First\nVisit this <hxxp://bad[.]example>");
    }

    @Test
    void streamsAttachmentsWithDecodedJapaneseNamesAndKeepsForwardedMailWhole() throws IOException {
        byte[] payload = {0x4d, 0x5a, (byte) 0x90, 0, 3, 0};
        MailMessage mail = read(ascii("""
                From: user@example.org
                Subject: Fwd: invoice
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain

                See attached.
                --outer
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.exe
                Content-Transfer-Encoding: base64

                """ + Base64.getEncoder().encodeToString(payload) + """

                --outer
                Content-Type: message/rfc822

                From: attacker@evil.example
                Subject: Invoice

                Pay now.
                --outer--
                """));

        assertThat(mail.text()).isEqualTo("See attached.");
        assertThat(mail.attachments()).extracting(MailAttachment::fileName).containsExactly("請求書.exe", "message-2.eml");
        assertThat(stored.get("請求書.exe")).isEqualTo(payload);
        assertThat(new String(stored.get("message-2.eml"), StandardCharsets.US_ASCII))
                .contains("From: attacker@evil.example", "Pay now.");
        assertThat(mail.attachments().get(0).sha256()).hasSize(64);
    }

    @Test
    void neverUsesAPathFromTheSenderAsFileName() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\Users\\x\\evil.lnk")).isEqualTo("evil.lnk");
        assertThat(FileNames.safe("a\u202Etxt.exe")).isEqualTo("atxt.exe");
        assertThat(FileNames.safe("..")).isEqualTo("attachment");
        assertThat(FileNames.safe("x".repeat(400) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    @Test
    void rejectsFilesThatAreNotMail() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(BadRequestException.class)
                .hasMessage("report.eml.notMail");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void notesAttachmentsBeyondTheLimitInsteadOfDroppingThemSilently() throws IOException {
        StringBuilder eml = new StringBuilder("From: a@example.org\nSubject: many\nContent-Type: multipart/mixed; boundary=\"m\"\n\n");
        for (int i = 0; i < EmlReader.MAX_ATTACHMENTS + 2; i++) {
            eml.append("--m\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"f")
                    .append(i).append(".bin\"\n\nx\n");
        }
        eml.append("--m--\n");

        MailMessage mail = read(ascii(eml.toString()));

        assertThat(mail.attachments()).hasSize(EmlReader.MAX_ATTACHMENTS);
        assertThat(mail.problems()).hasSize(2).first().asString().contains("f200.bin");
    }
}
