package org.yagura.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class HumanKeysIntegrationTests {

    private final HumanKeys keys;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    @Autowired
    HumanKeysIntegrationTests(HumanKeys keys, JdbcClient jdbc, TransactionTemplate transactions) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Test
    void sequenceNumbersIncreaseWithinTheYearAndABlockComesInOrder() {
        int year = Year.now(ZoneOffset.UTC).getValue();

        String first = keys.nextFromSequence("RPT", 5, 1).get(0);
        List<String> block = keys.nextFromSequence("RPT", 5, 3);

        assertThat(first).startsWith("RPT-" + year + "-");
        assertThat(numbers(block)).containsExactly(number(first) + 1, number(first) + 2, number(first) + 3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_sequence_base WHERE series = 'RPT' AND counter_year = ?")
                .param(year).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNumberTakenByATransactionThatRollsBackIsNotTakenAgain() {
        String lost = transactions.execute(tx -> {
            tx.setRollbackOnly();
            return keys.nextFromSequence("RPT", 5, 1).get(0);
        });

        String next = keys.nextFromSequence("RPT", 5, 1).get(0);

        assertThat(number(next)).isGreaterThan(number(lost));
    }

    @Test
    void concurrentCallersNeverShareANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> all = new ArrayList<>();
        try {
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(() -> {
                    List<String> taken = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        taken.addAll(transactions.execute(tx -> keys.nextFromSequence("RPT", 5, 2)));
                    }
                    return taken;
                });
            }
            for (Future<List<String>> done : pool.invokeAll(work)) {
                all.addAll(done.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(all).hasSize(200).doesNotHaveDuplicates().allMatch(k -> number(k) > 0);
    }

    private static List<Integer> numbers(List<String> keys) {
        return keys.stream().map(HumanKeysIntegrationTests::number).toList();
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }
}
