package org.yagura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages come from the servlet container's error dispatch, so they are tested on a real server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageIntegrationTests {

    private static final String ADMIN_TOKEN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void showsNotFoundPagesInTheUsersLanguage() throws Exception {
        HttpResponse<String> ja = get("/no-such-page", "ja", ADMIN_TOKEN);
        assertThat(ja.statusCode()).isEqualTo(404);
        assertThat(ja.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(ja.body()).contains("<html lang=\"ja\">", "見つかりません");
        HttpResponse<String> en = get("/no-such-page", "en", ADMIN_TOKEN);
        assertThat(en.body()).contains("<html lang=\"en\">", "Not found");
    }

    @Test
    void showsForbiddenPagesInTheUsersLanguage() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", "ja", "Bearer ygr_unknown_token_000000000000000000000000");
        assertThat(response.statusCode()).isEqualTo(401);
        HttpResponse<String> csrf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Accept-Language", "ja").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csrf.statusCode()).isEqualTo(403);
        assertThat(csrf.body()).contains("アクセスが拒否されました");
    }

    @Test
    void answersApiFailuresOnTheRealServerWithProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/nowhere", "en", ADMIN_TOKEN);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                .header("Authorization", ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + "1,".repeat(700_000) + "1]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("\"status\":413");
    }

    private HttpResponse<String> get(String path, String language, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).header("Accept", "text/html").header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
