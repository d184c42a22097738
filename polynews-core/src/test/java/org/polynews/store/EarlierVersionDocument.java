package org.polynews.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.represent.FeatureExtractor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a store as the versions before digests and spelled names did: each article's id, sequence and stored JSON only. */
final class EarlierVersionDocument {
    private EarlierVersionDocument() {
    }

    static void write(Path index, ObjectMapper json, AnalyzedArticle article) throws IOException {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            StoredArticle stored = new StoredArticle(0, article, new FeatureExtractor().features(article), null, List.of());
            Document doc = new Document();
            doc.add(new StringField(ArticleStore.ID, article.id(), Field.Store.YES));
            doc.add(new BinaryDocValuesField(ArticleStore.ID_VALUE, new BytesRef(article.id())));
            doc.add(new NumericDocValuesField(ArticleStore.SEQUENCE, 0));
            doc.add(new StoredField(ArticleStore.ANALYSIS, json.writeValueAsBytes(stored)));
            old.addDocument(doc);
            old.commit();
        }
    }
}
