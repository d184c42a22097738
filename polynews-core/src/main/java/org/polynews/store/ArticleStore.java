package org.polynews.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FloatVectorSimilarityQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.analyze.LanguageAnalyzers;
import org.polynews.analyze.NameKeys;
import org.polynews.extract.Article;
import org.polynews.represent.ArticleFeatures;
import org.polynews.represent.ArticleVector;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The embedded article store: a Lucene index on disk. Each article is one document holding its analysis
 * (JSON), its feature terms (for candidate retrieval and document frequencies) and its text analysed in
 * its own language (for search). Reads see new articles at once: the index is reopened for new articles in
 * batches of {@value #SEARCHABLE_EVERY}, and the reads an ingest makes for each article (candidates, whether an
 * id or a site's paragraph is stored) look at the newest batch in memory, while every other read reopens the
 * index first. Index documents are made and added by one writer thread, in the order written, while the caller goes on
 * (a reopen, commit or undo waits for them). Nothing is durable until {@link #commit()}, so a failed ingest leaves the
 * last committed state intact.
 */
public final class ArticleStore implements Closeable {
    static final String ID = "id";
    static final String SEQUENCE = "seq";
    static final String LANGUAGE = "lang";
    public static final String FEATURES = "f";
    static final String TEXT_PREFIX = "text_";
    static final String ANALYSIS = "analysis";
    static final String PUBLISHED = "published";
    static final String VECTOR_PREFIX = "vec_";
    /** One term per paragraph of a page of a known site ({@link SiteFurniture#keys}). */
    static final String SITE_PARAGRAPH = "site_paragraph";
    /** The id again, as a doc value: read without decompressing the stored fields (stores made before it fall back). */
    static final String ID_VALUE = "id_value";
    /** The article's {@link ArticleDigest} as JSON, a doc value: a report reads it without the stored analysis. */
    static final String DIGEST = "digest";
    /** The article's names as a name search reads them ({@link SpelledName#encode}), a doc value. */
    static final String SPELLED_NAMES = "spelled_names";
    /** The commit's user data key of {@link #commitToken}. */
    private static final String COMMIT_TOKEN = "polynews.articles";
    /**
     * New articles become searchable in batches of this many: reopening the index for each one (a new segment each)
     * took as long as comparing the article with its candidates, and made every later search walk more segments.
     */
    static final int SEARCHABLE_EVERY = 8;

    private final Directory directory;
    /** Null when opened for reading ({@link #openForReading}). */
    private final IndexWriter writer;
    /** The index's write lock, held without a writer when opened for reading: no other process writes meanwhile. */
    private final Lock readersLock;
    private final SearcherManager searchers;
    private final ObjectMapper json;
    private final LanguageAnalyzers analyzers;
    private final NameKeys nameKeys;
    private final Cache<String, StoredArticle> cache;
    private final MatchHighlighter highlighter;
    private long nextSequence;
    /** Articles written since the index was last reopened, in order (at most {@link #SEARCHABLE_EVERY}). */
    private final Map<String, LatestCandidates.Entry> unsearched = new LinkedHashMap<>();
    /** Marks the articles of the last commit; a new one when a commit changes which articles the index holds. */
    private String commitToken;
    private boolean articlesChanged;
    /** Adds documents to the index in the order written ({@link #writes()}); null until the first write. */
    private ExecutorService writes;
    /** The last article handed to {@link #writes} (those before it are done when it is). */
    private Future<?> pendingWrites = CompletableFuture.completedFuture(null);
    private final Object writeFailureLock = new Object();
    /** What went wrong in the first failed write since the writes were last waited for. */
    private Throwable writeFailure;

    private ArticleStore(Directory directory, IndexWriter writer, ObjectMapper json, LanguageAnalyzers analyzers, NameKeys nameKeys,
                         int cachedArticles) throws IOException {
        this(directory, writer, null, new SearcherManager(writer, null), writer.getAnalyzer(), writer.getDocStats().numDocs,
                committedToken(writer.getLiveCommitData()), json, analyzers, nameKeys, cachedArticles);
    }

    private ArticleStore(Directory directory, Lock readersLock, DirectoryReader reader, ObjectMapper json, LanguageAnalyzers analyzers,
                         NameKeys nameKeys, int cachedArticles) throws IOException {
        this(directory, null, readersLock, new SearcherManager(reader, null), new FieldAnalyzer(analyzers), reader.numDocs(),
                committedToken(reader.getIndexCommit().getUserData().entrySet()), json, analyzers, nameKeys, cachedArticles);
    }

    private ArticleStore(Directory directory, IndexWriter writer, Lock readersLock, SearcherManager searchers, Analyzer fieldAnalyzer,
                         int size, String commitToken, ObjectMapper json, LanguageAnalyzers analyzers, NameKeys nameKeys, int cachedArticles) {
        this.directory = directory;
        // the articles clustering reads again and again are the recent ones: keep those, not the whole store
        // (evictions in the caller's thread: no background threads, and the bound holds as soon as put returns)
        this.cache = Caffeine.newBuilder().maximumSize(cachedArticles).executor(Runnable::run).build();
        this.writer = writer;
        this.readersLock = readersLock;
        this.json = json;
        this.analyzers = analyzers;
        this.nameKeys = nameKeys;
        this.searchers = searchers;
        this.highlighter = new MatchHighlighter(fieldAnalyzer);
        this.nextSequence = size;
        this.commitToken = commitToken;
    }

    /** Whether a store was saved in {@code indexDir} (a folder never ingested into holds none). */
    public static boolean exists(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory directory = new NIOFSDirectory(indexDir)) { // lists files only: no memory maps to set up
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new StoreException("cannot read " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param nameKeys       spells the stored articles' names for name searches ({@link SpelledName})
     * @param cachedArticles how many read articles to keep in memory (the rest are read from the index again)
     */
    public static ArticleStore open(Path indexDir, ObjectMapper json, LanguageAnalyzers analyzers, NameKeys nameKeys, int cachedArticles) {
        Directory directory = null;
        try {
            Files.createDirectories(indexDir);
            directory = new NRTCachingDirectory(FSDirectory.open(indexDir), 8.0, 64.0);
            IndexWriterConfig config = new IndexWriterConfig(new FieldAnalyzer(analyzers));
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setCommitOnClose(false);
            config.setUseCompoundFile(false);
            return new ArticleStore(directory, new IndexWriter(directory, config), json, analyzers, nameKeys, cachedArticles);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw cannotOpen(indexDir, e);
        }
    }

    /**
     * Opens a saved store to read only, as a command that answers from it does: the index as last committed, without
     * an index writer (some 50 ms of such a command on a store of 100,000 articles) and through plain file reads rather
     * than memory maps (whose set-up costs about as much, paid back only by a long run). It holds the index's write lock meanwhile,
     * as a writer would, so that it is refused while another process writes and no other process writes while it reads.
     */
    public static ArticleStore openForReading(Path indexDir, ObjectMapper json, LanguageAnalyzers analyzers, NameKeys nameKeys,
                                              int cachedArticles) {
        Directory directory = null;
        Lock lock = null;
        DirectoryReader reader = null;
        try {
            directory = new NIOFSDirectory(indexDir);
            lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            reader = DirectoryReader.open(directory);
            return new ArticleStore(directory, lock, reader, json, analyzers, nameKeys, cachedArticles);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(lock);
            closeQuietly(directory);
            throw cannotOpen(indexDir, e);
        }
    }

    /** Why the store in {@code indexDir} could not be opened: in use by another process (its lock is held), or broken. */
    private static StoreException cannotOpen(Path indexDir, Exception e) {
        if (e instanceof LockObtainFailedException) {
            return new StoreInUseException(indexDir.getParent() + " is in use by another polynews process; wait for it to finish");
        }
        return new StoreException("cannot open the store in " + indexDir.getParent() + ": " + e.getMessage(), e);
    }

    /** The index writer; a store opened for reading has none. */
    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the store was opened for reading only");
        }
        return writer;
    }

    /** The analyzer of each field: feature terms as they are, text through its language's analyzer. */
    private static final class FieldAnalyzer extends DelegatingAnalyzerWrapper {
        private final LanguageAnalyzers analyzers;
        private final Analyzer whitespace = new WhitespaceAnalyzer();

        FieldAnalyzer(LanguageAnalyzers analyzers) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.analyzers = analyzers;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return fieldName.startsWith(TEXT_PREFIX) ? analyzers.forLanguage(fieldName.substring(TEXT_PREFIX.length())) : whitespace;
        }
    }

    /** @param siteParagraphs the page's {@link SiteFurniture#keys} as published (the analysis may lack its site's furniture) */
    public synchronized StoredArticle add(AnalyzedArticle article, ArticleFeatures features, ArticleVector vector, List<String> siteParagraphs) {
        StoredArticle stored = new StoredArticle(nextSequence++, article, features, vector, siteParagraphs);
        articlesChanged = true;
        write(stored);
        return stored;
    }

    /** Replaces a stored article's vector (a new encoder is in use). */
    public synchronized StoredArticle setVector(StoredArticle article, ArticleVector vector) {
        StoredArticle updated = article.withVector(vector);
        write(updated);
        return updated;
    }

    /** The index field of one encoder's vectors: each model has its own, since their sizes differ. */
    static String vectorField(String model) {
        return VECTOR_PREFIX + model.replaceAll("[^A-Za-z0-9]", "_");
    }

    /**
     * Hands the article to the index writer and keeps it in memory, where the reads an ingest makes find it until the
     * index is reopened ({@link #makeSearchable}, which waits for the writes first).
     */
    private void write(StoredArticle stored) {
        writer(); // opened for reading: refused here, not later on the writer thread
        List<String> indexTerms = stored.features().indexTerms();
        pendingWrites = writes().submit(() -> index(stored, indexTerms));
        cache.put(stored.id(), stored);
        unsearched.put(stored.id(), new LatestCandidates.Entry(stored, Set.copyOf(indexTerms)));
        if (unsearched.size() >= SEARCHABLE_EVERY) {
            makeSearchable();
        }
    }

    /**
     * The thread that turns articles into index documents (their JSON, their text analysed for search) and adds them,
     * in the order written: work the thread that stores and groups need not wait for, as nothing reads the index
     * before it is reopened. Made on the first write (commands that only read need none).
     */
    private synchronized ExecutorService writes() {
        if (writes == null) {
            writes = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "polynews-index-writer");
                t.setDaemon(true);
                return t;
            });
        }
        return writes;
    }

    /** Runs on the writer thread: the first failure is kept, to be thrown where the writes are waited for. */
    private void index(StoredArticle stored, List<String> indexTerms) {
        try {
            writer().updateDocument(new Term(ID, stored.id()), document(stored, indexTerms));
        } catch (IOException | RuntimeException | Error e) {
            synchronized (writeFailureLock) {
                if (writeFailure == null) {
                    writeFailure = e;
                }
            }
        }
    }

    /**
     * Waits until every article written so far is in the index writer; throws what went wrong in writing any of them
     * (once: after it the store can be taken back to its last commit).
     */
    private synchronized void awaitWrites() {
        try {
            pendingWrites.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // index() catches everything: cannot happen
        }
        Throwable failure;
        synchronized (writeFailureLock) {
            failure = writeFailure;
            writeFailure = null;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new StoreException("cannot write to the store: " + failure.getMessage(), failure);
        }
    }

    private Document document(StoredArticle stored, List<String> indexTerms) throws IOException {
        AnalyzedArticle article = stored.analysis();
        long sequence = stored.sequence();
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(article.id())));
        doc.add(new StringField(LANGUAGE, article.language(), Field.Store.YES));
        doc.add(new NumericDocValuesField(SEQUENCE, sequence));
        doc.add(new TextField(FEATURES, String.join(" ", indexTerms), Field.Store.NO));
        doc.add(new TextField(TEXT_PREFIX + article.language(), article.article().fullText(), Field.Store.NO));
        for (String key : siteParagraphs(stored)) {
            doc.add(new StringField(SITE_PARAGRAPH, key, Field.Store.NO));
        }
        if (article.article().published() != null) {
            doc.add(new LongPoint(PUBLISHED, article.article().published().toEpochDay()));
        }
        if (stored.vector() != null) {
            doc.add(new KnnFloatVectorField(vectorField(stored.vector().model()), stored.vector().values(), VectorSimilarityFunction.COSINE));
        }
        doc.add(new StoredField(ANALYSIS, json.writeValueAsBytes(stored)));
        doc.add(new BinaryDocValuesField(DIGEST, new BytesRef(json.writeValueAsBytes(ArticleDigest.of(article)))));
        doc.add(new BinaryDocValuesField(SPELLED_NAMES, SpelledName.encode(SpelledName.of(article.entities(), nameKeys))));
        return doc;
    }

    private static List<String> siteParagraphs(StoredArticle stored) {
        return stored.siteParagraphs() != null ? stored.siteParagraphs() : SiteFurniture.keys(stored.analysis().article());
    }

    /** Reopens the index if articles were written since it was last opened. */
    private synchronized void makeSearchable() {
        awaitWrites();
        if (unsearched.isEmpty()) {
            return;
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
        }
        unsearched.clear();
    }

    /** Stored articles whose vectors from {@code model} are nearest to {@code vector} (HNSW), best first. */
    public List<StoredArticle> nearest(String model, float[] vector, int limit, String excludeId) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(vectorField(model), vector, limit + 1), limit + 1);
            Documents docs = new Documents(searcher);
            List<StoredArticle> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                StoredArticle a = docs.article(sd.doc);
                if (!a.id().equals(excludeId) && out.size() < limit) {
                    out.add(a);
                }
            }
            return out;
        });
    }

    /**
     * The query that finds articles whose vectors have at least {@code minCosine} with {@code vector}, scored
     * (1 + cosine) / 2, for combining with a text query.
     */
    public static Query nearQuery(String model, float[] vector, double minCosine) {
        return new FloatVectorSimilarityQuery(vectorField(model), vector, (float) ((1 + minCosine) / 2));
    }

    /** How many stored articles have a vector from {@code model}. */
    public int countWithVector(String model) {
        return withSearcher(searcher -> searcher.count(new FieldExistsQuery(vectorField(model))));
    }

    /** Whether an article is stored, without reading it. */
    public boolean contains(String id) {
        if (cache.getIfPresent(id) != null) {
            return true;
        }
        return withLatest((searcher, latest) -> latest.containsKey(id) || searcher.count(new TermQuery(new Term(ID, id))) > 0);
    }

    public Optional<StoredArticle> get(String id) {
        return readOne(id, article -> article, Documents::article);
    }

    /** What reports and listings need of one stored article, without reading its analysis. */
    public Optional<ArticleDigest> digest(String id) {
        return readOne(id, article -> ArticleDigest.of(article.analysis()), Documents::digest);
    }

    /** The digests of those of these articles that are stored, in the order of {@code ids}. */
    public List<ArticleDigest> digests(List<String> ids) {
        Map<String, Sequenced> found = sequencedDigests(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).map(Sequenced::digest).toList();
    }

    /** The digests of those of these articles that are stored, in ingest order. */
    public List<ArticleDigest> digestsInIngestOrder(Collection<String> ids) {
        return sequencedDigests(ids).values().stream().sorted(Comparator.comparingLong(Sequenced::sequence)).map(Sequenced::digest).toList();
    }

    private record Sequenced(long sequence, ArticleDigest digest) {
    }

    /**
     * The digests of those of these articles that are stored, by id, with their places in ingest order: those written
     * since the index was last reopened from memory, the others' ids looked up in sorted order in each segment's terms
     * and their documents read in index order (a storyline's thousands of articles in a second, where a query per id took ten).
     */
    private Map<String, Sequenced> sequencedDigests(Collection<String> ids) {
        return withLatest((searcher, latest) -> {
            Map<String, Sequenced> out = new HashMap<>();
            List<String> indexed = new ArrayList<>();
            for (String id : ids) {
                // only the newest from memory: a digest made again costs more than the index's (its label's sentence search)
                if (latest.containsKey(id)) {
                    StoredArticle newest = latest.get(id).article();
                    out.put(id, new Sequenced(newest.sequence(), ArticleDigest.of(newest.analysis())));
                } else {
                    indexed.add(id);
                }
            }
            Documents docs = new Documents(searcher);
            for (int doc : docsOf(searcher, indexed)) {
                ArticleDigest digest = docs.digest(doc);
                out.put(digest.id(), new Sequenced(docs.sequence(doc), digest));
            }
            return out;
        });
    }

    /** The live index documents of these ids, ascending. */
    private static int[] docsOf(IndexSearcher searcher, List<String> ids) throws IOException {
        List<BytesRef> terms = ids.stream().sorted().distinct().map(BytesRef::new).toList();
        int[] docs = new int[terms.size()];
        int n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms idTerms = leaf.reader().terms(ID);
            if (idTerms == null) {
                continue;
            }
            TermsEnum termsEnum = idTerms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (BytesRef term : terms) {
                if (n < docs.length && termsEnum.seekExact(term)) {
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            docs[n++] = leaf.docBase + doc;
                        }
                    }
                }
            }
        }
        int[] found = Arrays.copyOf(docs, n);
        Arrays.sort(found);
        return found;
    }

    /**
     * Something of one stored article: made from the article when it is in memory (read recently, or among the
     * newest), else read from its index document.
     */
    private <T> Optional<T> readOne(String id, Function<StoredArticle, T> ofArticle, DocumentReader<T> ofDocument) {
        StoredArticle cached = cache.getIfPresent(id);
        if (cached != null) {
            return Optional.of(ofArticle.apply(cached));
        }
        return withLatest((searcher, latest) -> {
            if (latest.containsKey(id)) {
                return Optional.of(ofArticle.apply(latest.get(id).article()));
            }
            TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<T>empty();
            }
            return Optional.of(ofDocument.read(new Documents(searcher), top.scoreDocs[0].doc));
        });
    }

    private interface DocumentReader<T> {
        T read(Documents documents, int doc) throws IOException;
    }

    /** Up to {@code limit} ids that start with {@code prefix} (users type short ids). */
    public List<String> idsStartingWith(String prefix, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new PrefixQuery(new Term(ID, prefix)), limit);
            Documents docs = new Documents(searcher);
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(docs.id(sd.doc));
            }
            return out;
        });
    }

    /**
     * Reads the documents of one searcher: ids from doc values (Lucene's stored fields decompress a whole block to give
     * one), articles from the cache when read before. Grouping reads some 90 candidates per article.
     */
    private final class Documents {
        private final IndexSearcher searcher;
        private final List<LeafReaderContext> leaves;
        private StoredFields fields;

        Documents(IndexSearcher searcher) {
            this.searcher = searcher;
            this.leaves = searcher.getIndexReader().leaves();
        }

        long sequence(int doc) throws IOException {
            LeafReaderContext leaf = leaf(doc);
            NumericDocValues sequences = DocValues.getNumeric(leaf.reader(), SEQUENCE);
            if (!sequences.advanceExact(doc - leaf.docBase)) {
                throw new StoreException("the store's document " + doc + " has no sequence number; re-ingest into a new data folder");
            }
            return sequences.longValue();
        }

        String id(int doc) throws IOException {
            LeafReaderContext leaf = leaf(doc);
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_VALUE);
            if (ids.advanceExact(doc - leaf.docBase)) {
                return ids.binaryValue().utf8ToString();
            }
            return fields().document(doc, Set.of(ID)).get(ID);
        }

        /** The digest of the article in this index document (the article read whole when stored before digests were kept). */
        ArticleDigest digest(int doc) throws IOException {
            LeafReaderContext leaf = leaf(doc);
            BinaryDocValues digests = DocValues.getBinary(leaf.reader(), DIGEST);
            if (digests.advanceExact(doc - leaf.docBase)) {
                return readDigest(digests.binaryValue());
            }
            return ArticleDigest.of(load(fields(), doc).analysis());
        }

        /** The language and text of the article in this index document, read from its stored JSON without the rest. */
        StoredText text(int doc) throws IOException {
            byte[] bytes = fields().document(doc).getBinaryValue(ANALYSIS).bytes;
            return json.readValue(bytes, StoredText.class);
        }

        /**
         * The names of the article in this index document, as spelled beside it; those of an article stored before names
         * were, spelled from its stored JSON (or the cache).
         */
        List<SpelledName> spelledNames(int doc) throws IOException {
            LeafReaderContext leaf = leaf(doc);
            BinaryDocValues names = DocValues.getBinary(leaf.reader(), SPELLED_NAMES);
            if (names.advanceExact(doc - leaf.docBase)) {
                return SpelledName.decode(names.binaryValue());
            }
            StoredArticle known = cache.getIfPresent(id(doc));
            List<Entity> entities = known != null ? known.analysis().entities()
                    : json.readValue(fields().document(doc).getBinaryValue(ANALYSIS).bytes, StoredEntities.class).analysis().entities();
            return SpelledName.of(entities, nameKeys);
        }

        /** The article in this index document, from the cache when it has been read before. */
        StoredArticle article(int doc) throws IOException {
            String id = id(doc);
            StoredArticle cached = cache.getIfPresent(id);
            if (cached != null) {
                return cached;
            }
            StoredArticle article = load(fields(), doc);
            cache.put(id, article);
            return article;
        }

        private LeafReaderContext leaf(int doc) {
            return leaves.get(ReaderUtil.subIndex(doc, leaves));
        }

        private StoredFields fields() throws IOException {
            if (fields == null) {
                fields = searcher.storedFields();
            }
            return fields;
        }
    }

    private StoredArticle load(StoredFields fields, int doc) throws IOException {
        byte[] bytes = fields.document(doc).getBinaryValue(ANALYSIS).bytes;
        try {
            return json.readValue(bytes, StoredArticle.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("the store holds an article this version cannot read ("
                    + e.getOriginalMessage() + "); re-ingest into a new data folder", e);
        }
    }

    /**
     * Gives every stored article to {@code action} in ingest order, one at a time: only their index document numbers
     * are held (12 bytes an article), so a store of any size is walked in the memory of a few articles.
     */
    public void forEach(Consumer<StoredArticle> action) {
        withSearcher(searcher -> {
            Documents docs = new Documents(searcher);
            for (int doc : docsInIngestOrder(searcher)) {
                action.accept(docs.article(doc));
            }
            return null;
        });
    }

    /** The index's live documents ordered by their sequence numbers (merged segments need not keep ingest order). */
    private static int[] docsInIngestOrder(IndexSearcher searcher) throws IOException {
        long[] keys = new long[searcher.getIndexReader().numDocs()];
        int n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues sequences = DocValues.getNumeric(leaf.reader(), SEQUENCE);
            for (int doc = sequences.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sequences.nextDoc()) {
                if (live == null || live.get(doc)) {
                    keys[n++] = sequences.longValue() << 32 | (leaf.docBase + doc); // sequences and doc numbers are ints
                }
            }
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            docs[i] = (int) sorted[i];
        }
        return docs;
    }

    /**
     * The {@link ArticleDigest} of every stored article in ingest order, read from the index's digest column; an article
     * stored before digests were kept is read whole once, for its digest.
     */
    public List<ArticleDigest> digests() {
        return withSearcher(searcher -> {
            Documents docs = new Documents(searcher);
            List<ArticleDigest> out = new ArrayList<>();
            for (int doc : docsInIngestOrder(searcher)) {
                out.add(docs.digest(doc));
            }
            return out;
        });
    }

    private ArticleDigest readDigest(BytesRef bytes) throws IOException {
        return json.readValue(bytes.bytes, bytes.offset, bytes.length, ArticleDigest.class);
    }

    /**
     * What a snippet needs of a stored article (its language and text), read from the stored JSON of the article: the
     * parser skips the rest (terms, entities, features) without building it, most of the cost of reading one whole.
     */
    private record StoredText(Analysis analysis) {
        private record Analysis(String language, Article article) {
        }
    }

    /** What a name search needs of a stored article: its names, read as {@link StoredText} is. */
    private record StoredEntities(Analysis analysis) {
        private record Analysis(List<Entity> entities) {
        }
    }

    /** Stored articles that share the most (rarest) of the terms with an article: clustering candidates. */
    public List<StoredArticle> candidates(ArticleFeatures features, List<String> terms, int limit) {
        return candidates(features, terms, limit, 0, id -> true);
    }

    /**
     * Up to {@code limit} articles sharing the most of an article's {@code terms} ({@link ArticleFeatures#queryTerms}),
     * and up to half as many more in other languages; only those {@code eligible} (by id) count, of which
     * {@code skippable} may be passed over.
     */
    public List<StoredArticle> candidates(ArticleFeatures features, List<String> terms, int limit, int skippable, Predicate<String> eligible) {
        if (terms.isEmpty()) {
            return List.of();
        }
        return withLatest((searcher, latest) -> {
            List<StoredArticle> out = new ArrayList<>();
            Set<String> seen = new HashSet<>(latest.keySet()); // an article rewritten since: its newest version below
            seen.add(features.id());
            Map<String, TermStates> states = featureStates(searcher, terms);
            collect(searcher, candidateQuery(terms, states, null), limit, skippable, eligible, seen, out);
            // Within one language its own words rank first: an article in a script few others write (Hindi, Hebrew)
            // would be offered only articles in that language. Reports in other languages are found apart, by the names,
            // places, days and numbers that travel across languages.
            List<String> travelling = terms.stream().filter(t -> !t.startsWith(ArticleFeatures.TERM)).toList();
            if (!travelling.isEmpty()) {
                collect(searcher, candidateQuery(travelling, states, features.language()), limit / 2, skippable, eligible, seen, out);
            }
            out.addAll(LatestCandidates.rank(features.id(), terms, latest.values(), limit / 3, eligible));
            return out;
        });
    }

    /**
     * Where each term is in each segment, for both candidate queries: looked up once, by one terms enumerator per
     * segment (TermStates.build makes a new one per term and segment, which cost as much as the lookup); terms no stored
     * article has are left out.
     */
    private static Map<String, TermStates> featureStates(IndexSearcher searcher, List<String> terms) throws IOException {
        Map<String, TermStates> states = new HashMap<>();
        List<BytesRef> sorted = terms.stream().map(BytesRef::new).sorted().distinct().toList(); // forward seeks reuse the enumerator's frames
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms inLeaf = leaf.reader().terms(FEATURES);
            if (inLeaf == null) {
                continue;
            }
            TermsEnum enumerator = inLeaf.iterator();
            for (BytesRef term : sorted) {
                if (enumerator.seekExact(term)) {
                    states.computeIfAbsent(term.utf8ToString(), t -> new TermStates(searcher.getTopReaderContext()))
                            .register(enumerator.termState(), leaf.ord, enumerator.docFreq(), enumerator.totalTermFreq());
                }
            }
        }
        return states;
    }

    /** Hits fetched beyond those needed, so that one whose score ties the last one needed is not cut off by chance. */
    private static final int TIE_SLACK = 10;

    /** Any of the terms (names, places, days and numbers weigh twice), in articles not in {@code exceptLanguage} when given. */
    private static Query candidateQuery(List<String> terms, Map<String, TermStates> states, String exceptLanguage) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            if (!states.containsKey(term)) {
                continue;
            }
            if (clauses++ >= IndexSearcher.getMaxClauseCount() - 2) {
                break;
            }
            Query q = new TermQuery(new Term(FEATURES, term), states.get(term));
            // Names, places and days travel across languages; give them the weight words have within one.
            any.add(term.startsWith(ArticleFeatures.TERM) ? q : new BoostQuery(q, 2f), BooleanClause.Occur.SHOULD);
        }
        if (exceptLanguage == null) {
            return any.build();
        }
        return new BooleanQuery.Builder()
                .add(any.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(LANGUAGE, exceptLanguage)), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private void collect(IndexSearcher searcher, Query query, int limit, int skippable, Predicate<String> eligible, Set<String> seen,
                         List<StoredArticle> out) throws IOException {
        TopDocs top = searcher.search(query, limit + seen.size() + skippable + TIE_SLACK);
        Documents docs = new Documents(searcher);
        // Equal scores (to a thousandth, below which summing order shows) rank in the order the articles were stored,
        // not by Lucene's document numbers, which background merges reorder: the same files get the same candidates.
        // Only the articles taken are read.
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ranked.add(new Ranked(sd.doc, Math.round(sd.score * 1000.0), docs.sequence(sd.doc)));
        }
        ranked.sort(Comparator.comparingLong(Ranked::score).reversed().thenComparingLong(Ranked::sequence));
        int added = 0;
        for (Ranked r : ranked) {
            if (added >= limit) {
                break;
            }
            String id = docs.id(r.doc());
            if (eligible.test(id) && seen.add(id)) {
                out.add(docs.article(r.doc()));
                added++;
            }
        }
    }

    /** A candidate's document, its score in thousandths and its place in storage order. */
    private record Ranked(int doc, long score, long sequence) {
    }

    /** Full-text search over every language's field, plus the query's own feature terms (names across scripts). */
    public List<SearchHit> search(Query query, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            Documents docs = new Documents(searcher);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new SearchHit(docs.id(sd.doc), sd.score, null));
            }
            return hits;
        });
    }

    /** The sentence of a stored article that best matches {@code query}, with the words it matched marked. */
    public Snippet snippet(Query query, StoredArticle article) {
        return snippet(query, article.analysis().language(), article.analysis().article());
    }

    /** {@link #snippet(Query, StoredArticle)} of the article with this id, without reading more of it than its text. */
    public Optional<Snippet> snippet(Query query, String id) {
        return readOne(id, article -> snippet(query, article), (documents, doc) -> {
            StoredText text = documents.text(doc);
            return snippet(query, text.analysis().language(), text.analysis().article());
        });
    }

    /**
     * The names found in each of the best {@code limit} matches of {@code query}, best first, as spelled beside each
     * article: without reading its analysis (nor filling the cache that grouping reads from).
     */
    public List<List<SpelledName>> spelledNamesOfMatches(Query query, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            Documents docs = new Documents(searcher);
            List<List<SpelledName>> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(docs.spelledNames(sd.doc));
            }
            return out;
        });
    }

    private Snippet snippet(Query query, String language, Article article) {
        return highlighter.snippet(TEXT_PREFIX + language, query, article.fullText());
    }

    /** Languages present in the store (one text field each). */
    public List<String> languages() {
        return withSearcher(searcher -> {
            List<String> out = new ArrayList<>();
            for (var info : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
                if (info.name.startsWith(TEXT_PREFIX)) {
                    out.add(info.name.substring(TEXT_PREFIX.length()));
                }
            }
            return out;
        });
    }

    /** How many articles are stored: each add counts one, and {@link #undo} takes its articles back. */
    public synchronized int size() {
        return Math.toIntExact(nextSequence);
    }

    /** How many stored pages of the site have this paragraph ({@link SiteFurniture#key}). */
    public int pagesWithSiteParagraph(String key) {
        return withLatest((searcher, latest) -> searcher.getIndexReader().docFreq(new Term(SITE_PARAGRAPH, key))
                + (int) latest.values().stream().filter(e -> siteParagraphs(e.article()).contains(key)).count());
    }

    public LanguageAnalyzers analyzers() {
        return analyzers;
    }

    /**
     * The mark of the articles the last commit holds (null for an index that has not been committed since marks began):
     * a grouping saved with another mark was made over other articles.
     */
    public synchronized String commitToken() {
        return commitToken;
    }

    /** The mark the index's last commit carries (given its user data), or null. */
    private static String committedToken(Iterable<Map.Entry<String, String>> data) {
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (COMMIT_TOKEN.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Where the next article will go: give it to {@link #undo} to take back what is added from now on. */
    public synchronized long mark() {
        return nextSequence;
    }

    /**
     * Takes back articles added since {@code mark} and not yet committed ({@code ids}: those articles), as if they had
     * never come: an ingest that fails half-way must not leave them searchable, nor let the next commit keep them.
     */
    public synchronized void undo(List<String> ids, long mark) {
        try {
            awaitWrites();
        } catch (StoreException e) {
            // the writes that failed are what is being taken back
        }
        try {
            for (String id : ids) {
                writer().deleteDocuments(new Term(ID, id));
                cache.invalidate(id);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot take back a failed ingest: " + e.getMessage(), e);
        }
        unsearched.clear();
        nextSequence = mark;
    }

    /** Makes everything added so far durable. */
    public synchronized void commit() {
        awaitWrites();
        try {
            if (articlesChanged || commitToken == null) {
                commitToken = UUID.randomUUID().toString();
                writer().setLiveCommitData(Map.of(COMMIT_TOKEN, commitToken).entrySet());
                articlesChanged = false;
            }
            writer().commit();
        } catch (IOException e) {
            throw new StoreException("cannot save the store: " + e.getMessage(), e);
        }
    }


    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private interface LatestFunction<T> {
        T apply(IndexSearcher searcher, Map<String, LatestCandidates.Entry> latest) throws IOException;
    }

    /** Every article: the index reopened first if articles were written since. */
    private <T> T withSearcher(SearcherFunction<T> function) {
        makeSearchable();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
        }
    }

    /**
     * The index as last opened, and the articles written since (by id, a copy): together they hold every article,
     * without reopening the index, for the reads an ingest makes for each article.
     */
    private <T> T withLatest(LatestFunction<T> function) {
        IndexSearcher searcher;
        Map<String, LatestCandidates.Entry> latest;
        try {
            synchronized (this) {
                searcher = searchers.acquire();
                latest = unsearched.isEmpty() ? Map.of() : new LinkedHashMap<>(unsearched);
            }
            try {
                return function.apply(searcher, latest);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (writes != null) {
                try {
                    awaitWrites();
                } catch (StoreException e) {
                    // nothing uncommitted is kept anyway
                }
                writes.shutdown();
            }
        }
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback(); // only commit() makes changes durable; closing never half-writes
            }
        } catch (IOException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        } finally {
            closeQuietly(readersLock);
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // a reader, a directory handle or a lock: closing any of them cannot lose data
            }
        }
    }

}
