package org.yagura.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextAnalysisTests {

    @SearchEntity(name = "note")
    @Indexed
    public static class Note {
        @DocumentId
        public String id;
        @FullTextField(analyzer = TextAnalysis.WORDS)
        @FullTextField(name = "text" + TextAnalysis.BIGRAM_SUFFIX, analyzer = TextAnalysis.BIGRAMS)
        public String text;

        Note(String id, String text) {
            this.id = id;
            this.text = text;
        }
    }

    private static CloseableSearchMapping mapping;

    @BeforeAll
    static void index(@TempDir Path dir) {
        mapping = new SearchConfiguration().searchMapping(List.of(new IndexedType(Note.class)), "local-heap", dir);
        try (SearchSession session = mapping.createSession()) {
            session.indexingPlan().add(new Note("1", "顧客データベースへの不正侵害を確認しました。"));
            session.indexingPlan().add(new Note("2", "Web server compromise via CVE-2024-3400; webshell found"));
            session.indexingPlan().add(new Note("3", "サーバへの不正 アクセスがありました"));
            session.indexingPlan().add(new Note("4", "ﾌｨｯｼﾝｸﾞメールの報告（ＵＲＬ付き）"));
            session.indexingPlan().add(new Note("5", "ランサムウェア感染の疑い。暗号化されたファイルを発見"));
        }
    }

    @AfterAll
    static void close() {
        mapping.close();
    }

    private static List<String> search(String query) {
        try (SearchSession session = mapping.createSession()) {
            return session.search(Note.class).select(f -> f.id(String.class))
                    .where(f -> FullText.matching(f, query, "text"))
                    .fetchHits(10).stream().sorted().toList();
        }
    }

    @Test
    void findsAWordInsideAJapaneseCompound() {
        assertThat(search("侵害")).containsExactly("1");
        assertThat(search("不正侵害")).containsExactly("1");
    }

    @Test
    void doesNotDependOnSpacesBetweenWords() {
        assertThat(search("不正アクセス")).containsExactly("3");
        assertThat(search("不正")).containsExactly("1", "3");
    }

    @Test
    void foldsWidthAndCase() {
        assertThat(search("フィッシング")).containsExactly("4");
        assertThat(search("url")).containsExactly("4");
        assertThat(search("SERVER")).containsExactly("2");
        assertThat(search("ｓｅｒｖｅｒ")).containsExactly("2");
    }

    @Test
    void findsWordsInflectedAndUnknownToTheDictionary() {
        assertThat(search("暗号化")).containsExactly("5");
        assertThat(search("ウェア感染")).containsExactly("5");
        assertThat(search("webshell")).containsExactly("2");
    }

    @Test
    void requiresEveryWordAndSupportsQuotedPhrasesAndExclusion() {
        assertThat(search("server webshell")).containsExactly("2");
        assertThat(search("server ransomware")).isEmpty();
        assertThat(search("\"web server\"")).containsExactly("2");
        assertThat(search("不正 -アクセス")).containsExactly("1");
    }
}
