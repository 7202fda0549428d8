package org.yagura.incidents;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.cli.CliCommand;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.PriorityMatrixService;
import org.yagura.taxonomy.Urgency;

/**
 * {@code java -jar yagura.jar generate incidents N}: fills the database with N realistic incidents
 * (Japanese and English titles, journals, tasks; 10,000 per year going back from this year) for
 * the list and search benchmarks, then builds the full-text index. Only for benchmark databases.
 */
@Component
class GenerateIncidentsCommand implements CliCommand {

    private static final int PER_YEAR = 9_999;
    private static final int BATCH = 1_000;
    private static final String[][] KINDS = {
            {"fraud", "phishing", "フィッシングメールによる認証情報の窃取", "Credential phishing against"},
            {"malicious-code", "infected-system", "マルウェア感染端末の調査", "Malware infection on a workstation at"},
            {"availability", "ddos", "公開Webサイトへの DDoS 攻撃", "DDoS against the public portal of"},
            {"intrusions", "system-compromise", "Webサーバへの不正侵害", "Web server compromise at"},
            {"information-content-security", "data-leak", "顧客情報の漏えいの疑い", "Suspected customer data leak at"},
            {"vulnerable", "vulnerable-system", "脆弱なVPN装置の公開", "Vulnerable VPN appliance exposed at"},
            {"malicious-code", "c2-server", "C2サーバとの通信を検知", "Beaconing to a C2 server from"},
            {"intrusions", "privileged-account-compromise", "管理者アカウントの不正利用", "Administrator account misuse at"}};
    private static final String[] ORGS = {"東京本社", "大阪支社", "名古屋データセンター", "Finance", "HR", "R&D", "福岡営業所",
            "Cloud platform", "札幌オフィス", "Customer support"};
    private static final String[] NOTES = {
            "ログを確認したところ、攻撃者は %s から侵入した形跡がある。",
            "Firewall logs show outbound connections to %s over port 443.",
            "端末をネットワークから隔離し、メモリダンプを取得した。接続先: %s",
            "The constituent confirmed that the account was reset; source %s blocked.",
            "ランサムウェアの痕跡は見つからなかった。引き続き %s の通信を監視する。",
            "Patched the appliance and rotated credentials; indicators shared with peers (%s)."};
    private static final String[] TASKS = {"Collect logs", "ログの保全", "Block indicators", "利用者への注意喚起",
            "Reset credentials", "影響範囲の特定", "Restore from backup", "再発防止策の検討"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final PriorityMatrixService matrix;
    private final IncidentTextIndex index;

    GenerateIncidentsCommand(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, PriorityMatrixService matrix,
            IncidentTextIndex index) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.matrix = matrix;
        this.index = index;
    }

    @Override
    public String name() {
        return "generate incidents";
    }

    @Override
    public String usage() {
        return "generate incidents N   fill the database with N generated incidents (benchmarks only)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int count;
        try {
            count = arguments.size() == 1 ? Integer.parseInt(arguments.get(0)) : -1;
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1) {
            err.println(usage());
            return 2;
        }
        Random random = new Random(42);
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        long started = System.nanoTime();
        for (int done = 0; done < count; done += BATCH) {
            int from = done;
            int size = Math.min(BATCH, count - done);
            transactions.executeWithoutResult(status -> insertBatch(from, size, thisYear, random));
        }
        // without statistics PostgreSQL sorts a sequential scan instead of reading the newest incidents by index
        org.yagura.shared.TableStatistics.refresh(template, "incident", "incident_participant", "incident_journal",
                "incident_task", "key_counter");
        out.printf("generated %d incidents in %d s%n", count, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        long indexed = index.reindexAll();
        out.printf("indexed %d incidents in %d s%n", indexed, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return 0;
    }

    private void insertBatch(int from, int size, int thisYear, Random random) {
        List<Object[]> incidents = new ArrayList<>();
        List<Object[]> journal = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        for (int n = from; n < from + size; n++) {
            int year = thisYear - n / PER_YEAR;
            int number = n % PER_YEAR + 1;
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            String org = ORGS[random.nextInt(ORGS.length)];
            boolean japanese = random.nextBoolean();
            String title = japanese ? kind[2] + "（" + org + "）" : kind[3] + " " + org;
            Impact impact = Impact.values()[random.nextInt(Impact.values().length)];
            Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
            Instant created = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds((long) number * 3000 + random.nextInt(3000));
            boolean closed = year < thisYear || random.nextInt(10) < 7;
            String status = closed ? "CLOSED" : List.of("NEW", "OPEN", "ANALYSIS", "CONTAINMENT", "RECOVERY").get(random.nextInt(5));
            UUID id = UUID.randomUUID();
            String ip = "198.51.100." + random.nextInt(255);
            incidents.add(new Object[] {id, "IR-" + year + "-" + String.format("%04d", number), title,
                    String.format(NOTES[random.nextInt(NOTES.length)], ip), kind[0], kind[1], impact.name(), urgency.name(),
                    matrix.priority(impact, urgency).name(), random.nextInt(4) == 0 ? "GREEN" : "AMBER", "AMBER", org,
                    random.nextInt(3) == 0 ? null : "admin", status, closed ? "RESOLVED" : null, ts(created),
                    closed ? ts(created.plus(Duration.ofDays(3))) : null, ts(created), ts(created)});
            int entries = 2 + random.nextInt(7);
            for (int e = 1; e <= entries; e++) {
                journal.add(new Object[] {UUID.randomUUID(), id, e, e == 1 ? "STATUS" : "NOTE",
                        String.format(NOTES[random.nextInt(NOTES.length)], ip), ts(created.plusSeconds(e * 600L)),
                        ts(created.plusSeconds(e * 600L + 60))});
            }
            for (int t = 0; t < 1 + random.nextInt(4); t++) {
                tasks.add(new Object[] {UUID.randomUUID(), id, TASKS[random.nextInt(TASKS.length)],
                        closed ? "DONE" : "OPEN", ts(created.plusSeconds(t * 60L))});
            }
        }
        batch("""
                INSERT INTO incident (id, incident_key, title, description, class_key, type_key, impact, urgency, priority, tlp,
                  pap, constituency, assignee, status, resolution, detected_at, closed_at, personal_data_breach,
                  created_by, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'generator', ?, ?, 0)""", incidents);
        batch("""
                INSERT INTO incident_journal (id, incident_id, seq, kind, body, occurred_at, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'generator')""", journal);
        batch("""
                INSERT INTO incident_task (id, incident_id, title, kind, state, created_by, created_at, version)
                VALUES (?, ?, ?, 'TASK', ?, 'generator', ?, 0)""", tasks);
        for (int year = thisYear - (from + size - 1) / PER_YEAR; year <= thisYear - from / PER_YEAR; year++) {
            int last = Math.min(PER_YEAR, Math.max(0, from + size - (thisYear - year) * PER_YEAR));
            if (jdbc.sql("UPDATE key_counter SET last_value = GREATEST(last_value, ?) WHERE series = 'IR' AND counter_year = ?")
                    .params(last, year).update() == 0) {
                jdbc.sql("INSERT INTO key_counter (series, counter_year, last_value) VALUES ('IR', ?, ?)").params(year, last).update();
            }
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        template.batchUpdate(sql, rows);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
