package org.yagura.shared.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into searchable terms. Japanese has no spaces between words, so every text field is
 * indexed twice: by morphological analysis (kuromoji, search mode, which also splits compounds:
 * 不正侵害 → 不正 / 侵害) and by overlapping character bigrams, which find what the dictionary does not
 * know. Full-width and half-width forms are folded, Latin text is lower-cased and accent-folded.
 */
public final class TextAnalysis implements LuceneAnalysisConfigurer {

    /** Morphological analysis for Japanese and word tokens for other scripts. */
    public static final String WORDS = "yagura_words";
    /** Overlapping CJK bigrams (and unigrams), for substrings the dictionary does not segment. */
    public static final String BIGRAMS = "yagura_bigrams";
    /** Keywords compared without regard to case or width (keys, names). */
    public static final String KEYWORD = "yagura_keyword";
    /** Suffix that {@link FullText} expects on the bigram twin of a text field. */
    public static final String BIGRAM_SUFFIX = "_bigrams";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).custom()
                .tokenizer(JapaneseTokenizerFactory.class).param("mode", "search").param("discardPunctuation", "true")
                .charFilter(CJKWidthCharFilterFactory.class)
                .tokenFilter(JapaneseBaseFormFilterFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(KEYWORD).custom()
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.analyzer(BIGRAMS).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(CJKWidthCharFilterFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "false");
    }
}
