package org.yagura.observables;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills in the address ranges of addresses and blocks stored before the ranges were kept (migration V7_1), in batches. */
@Component
class IpRangeBackfill implements ApplicationRunner {

    private static final int BATCH = 1000;

    private final ObservableRepository observables;
    private final TransactionTemplate transactions;

    IpRangeBackfill(ObservableRepository observables, TransactionTemplate transactions) {
        this.observables = observables;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        while (Boolean.TRUE.equals(transactions.execute(status -> {
            List<StoredObservable> rows = observables.withoutRange(BATCH);
            observables.fillRanges(rows);
            return rows.size() == BATCH;
        }))) {
            // next batch
        }
    }
}
