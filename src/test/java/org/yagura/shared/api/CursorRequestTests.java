package org.yagura.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorRequestTests {

    @Test
    void defaultsToFiftyFromTheStart() {
        CursorRequest request = CursorRequest.of(null, null);
        assertThat(request.limit()).isEqualTo(CursorRequest.DEFAULT_LIMIT);
        assertThat(request.isFirst()).isTrue();
    }

    @Test
    void rejectsLimitsOutsideTheRange() {
        assertThatThrownBy(() -> CursorRequest.of(0, null)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> CursorRequest.of(CursorRequest.MAX_LIMIT + 1, null)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void rejectsGarbageCursors() {
        assertThatThrownBy(() -> CursorRequest.of(10, "not base64 !!")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> CursorRequest.of(10, CursorRequest.encode(List.of("a"))).after(1))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void pagesThroughRowsByTheKeyOfTheLastOneKept() {
        List<String> rows = IntStream.range(0, 25).mapToObj(i -> String.format("row%02d", i)).toList();
        CursorRequest first = CursorRequest.of(10, null);
        CursorPage<String> page = CursorPage.of(fetch(rows, first), first, r -> List.of(r, "x|y"));
        assertThat(page.items()).hasSize(10).endsWith("row09");
        CursorRequest second = CursorRequest.of(10, page.next());
        assertThat(second.after(0)).isEqualTo("row09");
        assertThat(second.after(1)).isEqualTo("x|y");
        CursorPage<String> last = CursorPage.of(fetch(rows, CursorRequest.of(10, CursorPage.of(fetch(rows, second), second,
                r -> List.of(r)).next())), second, r -> List.of(r));
        assertThat(last.items()).hasSize(5).startsWith("row20");
        assertThat(last.next()).isNull();
    }

    private static List<String> fetch(List<String> rows, CursorRequest request) {
        return rows.stream().filter(r -> request.isFirst() || r.compareTo(request.after(0)) > 0)
                .limit(request.fetchSize()).toList();
    }
}
