package org.yagura.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorPageTests {

    /** 0 to 9,999 in descending order, read like a keyset query: rows after a given one, at most n. */
    private final List<Integer> rows = IntStream.iterate(9_999, i -> i >= 0, i -> i - 1).boxed().toList();
    private final List<Integer> batchSizes = new ArrayList<>();

    private List<Integer> after(Integer last, int n) {
        batchSizes.add(n);
        int from = last == null ? 0 : rows.indexOf(last) + 1;
        return rows.subList(Math.min(from, rows.size()), Math.min(from + n, rows.size()));
    }

    @Test
    void fillsAPageFromSparseReadableRowsAndKnowsWhetherMoreFollow() {
        CursorPage<Integer> page = CursorPage.filled(CursorRequest.first(3), this::after, i -> i % 1_000 == 0,
                i -> List.of(i.toString()));

        assertThat(page.items()).containsExactly(9_000, 8_000, 7_000);
        assertThat(page.next()).isNotNull();
        assertThat(batchSizes).first().isEqualTo(4);
        assertThat(batchSizes).allMatch(n -> n <= 1_000);
    }

    @Test
    void theLastReadableRowEndsTheListWithoutACursor() {
        CursorPage<Integer> page = CursorPage.filled(CursorRequest.first(3), this::after, i -> i == 5 || i == 6,
                i -> List.of(i.toString()));

        assertThat(page.items()).containsExactly(6, 5);
        assertThat(page.next()).isNull();
    }

    @Test
    void aReaderWhoMaySeeNothingGetsAnEmptyLastPage() {
        CursorPage<Integer> page = CursorPage.filled(CursorRequest.first(50), this::after, i -> false,
                i -> List.of(i.toString()));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNull();
    }

    @Test
    void whenEveryRowIsReadableOneQueryOfLimitPlusOneIsEnough() {
        CursorPage<Integer> page = CursorPage.filled(CursorRequest.first(5), this::after, i -> true,
                i -> List.of(i.toString()));

        assertThat(page.items()).containsExactly(9_999, 9_998, 9_997, 9_996, 9_995);
        assertThat(page.next()).isEqualTo(CursorRequest.encode(List.of("9995")));
        assertThat(batchSizes).containsExactly(6);
    }
}
