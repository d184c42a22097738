package org.polynews.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

import java.util.List;

/**
 * Splits a run of Chinese text (written without spaces) into words with Lucene's smartcn segmenter, so
 * that names are looked up as words: 波兰/华沙 is Poland and Warsaw, while 增加/纳税人 ("raise taxpayers'…")
 * holds no 加纳 (Ghana).
 */
final class ChineseWords {
    private final Analyzer segmenter = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new HMMChineseTokenizer());
        }
    };

    List<String> split(String run) {
        return AnalyzedTerms.of(segmenter, run);
    }
}
