package org.polynews;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.ArticleIds;
import org.polynews.analyze.NameKeys;
import org.polynews.analyze.Place;
import org.polynews.analyze.Token;
import org.polynews.cluster.EventClusterer;
import org.polynews.cluster.EventGraph;
import org.polynews.cluster.EventModel;
import org.polynews.cluster.StoryPage;
import org.polynews.cluster.StoryProfile;
import org.polynews.cluster.StorylineListing;
import org.polynews.cluster.StorylineSelection;
import org.polynews.cluster.StorylineModel;
import org.polynews.cluster.StoryReport;
import org.polynews.cluster.StoryReporter;
import org.polynews.cluster.StoredDigests;
import org.polynews.extract.Article;
import org.polynews.extract.BoilerplateLines;
import org.polynews.language.LanguageCode;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.represent.ArticleFeatures;
import org.polynews.represent.ArticleVector;
import org.polynews.represent.TextEncoder;
import org.polynews.similarity.ArticleComparator;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.SimilarityModel;
import org.polynews.similarity.TermStatistics;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceSink;
import org.polynews.store.ArticleDigest;
import org.polynews.store.ArticleStore;
import org.polynews.store.NameSpellings;
import org.polynews.store.SearchHit;
import org.polynews.store.SiteFurniture;
import org.polynews.store.Snippet;
import org.polynews.store.StoreException;
import org.polynews.store.StoredArticle;
import org.polynews.translate.Lexicons;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * polynews as a library: an embedded store in a data folder, and the operations the CLI and server
 * offer on it — ingest, stories, compare, search, look up. One instance per data folder at a time
 * (the store is locked while open).
 *
 * <p>Safe for concurrent use (the server's threads share one instance): ingests run one at a time, each
 * article's analysis runs outside any lock, and only adding it to the store and the event graph excludes
 * readers, so queries keep being answered during a long batch.
 */
public final class Polynews implements Closeable {
    /** How many stored articles a new article is compared with when clustering. */
    static final int CANDIDATES = 30;
    /** Words (and possible names) a new article looks for candidates by, the weightiest; its names, places, days and numbers all count. */
    static final int QUERY_WORDS = 40;
    /** Nearest vectors added to the candidates when an encoder is in use. */
    static final int NEAREST = 10;
    /** Weight of vector nearness (0…1) against text relevance (BM25, typically 1…10) in search. */
    static final float NEAR_BOOST = 3f;
    /** Below this cosine a vector match says little (unrelated news still shares a register): left out of search. */
    static final double NEAR_MIN_COSINE = 0.4;
    /**
     * Words a search looks for: each becomes a clause in every stored language's text field, and Lucene refuses a query of
     * more than 1,024 clauses (24 words in 30 languages stay under it).
     */
    static final int MAX_QUERY_WORDS = 24;
    /** Weight of a query's words transliterated to Latin script, against 1.5 for a name's skeleton key. */
    static final float TRANSLITERATED_BOOST = 3f;
    /** Longest query also searched for transliterated. */
    static final int TRANSLITERATED_WORDS = 8;
    /** Longest query whose names are also searched as the stored articles spell them (a clause per spelling and language). */
    static final int SPELLED_WORDS = 4;
    static final String INDEX_FOLDER = "index";
    static final String GROUPING_FILE = "grouping.db";
    /** Where versions before the grouping file kept the grouping: removed once the grouping is made again. */
    static final String OLD_CLUSTER_FILE = "clusters.json";
    public static final String CACHED_ARTICLES_PROPERTY = "polynews.cachedArticles";
    static final int DEFAULT_CACHED_ARTICLES = 4096;
    /** Threads that extract and analyse documents while the ingest's own thread stores and groups them. */
    static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** How many documents per worker may be analysed ahead of the one being stored. */
    static final int ANALYSED_AHEAD = 4;
    /**
     * New articles after which a long ingest saves the store: a crash then costs at most this many (a minute or so of
     * work). A save commits the index and writes what the grouping changed since the last.
     */
    static final int SAVED_EVERY = 1_000;
    /**
     * Time one document may take to be extracted and analysed: the longest article the caps allow takes a few seconds
     * on a slow core; a page still at work after this is one no cap foresaw, given up so the ingest goes on.
     */
    static final Duration DOCUMENT_BUDGET = Duration.ofSeconds(30);

    private final Pipeline pipeline;
    private final ArticleStore store;
    private final EventGraph graph;
    /** Made on first use, as the models it reads are: a search or a listing compares nothing. */
    private final Lazy<ArticleComparator> comparator;
    private final Lazy<EventClusterer> clusterer;
    private final StoryReporter reporter = new StoryReporter();
    private final StoredDigests digests = new StoredDigests() {
        @Override
        public List<ArticleDigest> all() {
            return store.digests();
        }

        @Override
        public List<ArticleDigest> of(List<String> ids) {
            return store.digests(ids);
        }

        @Override
        public List<ArticleDigest> inIngestOrder(Collection<String> ids) {
            return store.digestsInIngestOrder(ids);
        }
    };
    /** The sentence encoder in use, or null for the model-free engine. */
    private final ArticleEmbedder embedder;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object ingestTurn = new Object();
    /** Made on the first ingest (commands that only read need none), stopped on close. */
    private ExecutorService workers;
    /** Bumped whenever an article is added; the cached story report is for {@link #reportVersion}. */
    private long version;
    private StoryReport report;
    private long reportVersion = -1;

    private Polynews(Pipeline pipeline, ArticleStore store, EventGraph graph, ArticleEmbedder embedder, Supplier<SimilarityModel> model) {
        this.pipeline = pipeline;
        this.store = store;
        this.graph = graph;
        this.embedder = embedder;
        this.comparator = new Lazy<>(() -> new ArticleComparator(pipeline.tokenizer(), model.get(), pipeline.lexicons()));
        this.clusterer = new Lazy<>(() -> new EventClusterer(comparator.get(), EventModel.bundled(pipeline.json()), StorylineModel.bundled(pipeline.json())));
        if (!groupsThisIndex()) {
            graph.clear();
        }
        recoverUnclustered();
    }

    /**
     * Whether a saved grouping is of the articles this index holds. One saved over another commit of the index (the
     * index was restored or copied without it, or the process stopped between the two saves) is kept only while every
     * article it groups is still stored, and then the articles it lacks are placed ({@link #recoverUnclustered});
     * otherwise the grouping is made again.
     */
    private boolean groupsThisIndex() {
        String token = store.commitToken();
        String saved = graph.indexCommit();
        if (saved == null || token == null || saved.equals(token)) {
            return true; // the same commit, or a grouping or an index from before commits were marked
        }
        for (String article : graph.articleIds()) {
            if (!store.contains(article)) {
                return false;
            }
        }
        return true;
    }

    /** Commits the index, then saves the grouping marked with that commit. */
    private void save() {
        store.commit();
        saveGrouping();
    }

    /** Saves the grouping, marked with the index commit it groups; readers wait (the save moves pages of the file). */
    private void saveGrouping() {
        lock.writeLock().lock();
        try {
            graph.save(store.commitToken(), digests);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Removes the grouping file of versions before {@link #GROUPING_FILE}: its grouping was made again from the stored
     * articles when the store opened ({@link #recoverUnclustered}) and saved in the new file.
     */
    private static void deleteOldClusterFile(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(OLD_CLUSTER_FILE));
        } catch (IOException e) {
            throw new StoreException("cannot remove the old grouping file " + dataDir.resolve(OLD_CLUSTER_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Whether articles were ever saved in the data folder (a typo in a folder name holds none). */
    public static boolean holdsStore(Path dataDir) {
        return ArticleStore.exists(dataDir.resolve(INDEX_FOLDER));
    }

    /** Opens (creating if needed) the store in {@code dataDir}, with the lexicons imported there. */
    public static Polynews open(Path dataDir) {
        return open(dataDir, new Pipeline(jsonMapper(), Lexicons.of(dataDir)));
    }

    public static Polynews open(Path dataDir, Pipeline pipeline) {
        return open(dataDir, pipeline, null, () -> SimilarityModel.bundled(pipeline.json()));
    }

    /**
     * Opens the store with a sentence encoder in use ({@code embedder}, may be null) and the similarity model
     * to score with (one fitted for that encoder, or the shipped one; asked for at the first comparison). Articles stored without this encoder's
     * vectors get them from {@link #embedMissing}.
     */
    public static Polynews open(Path dataDir, Pipeline pipeline, ArticleEmbedder embedder, Supplier<SimilarityModel> model) {
        return open(dataDir, pipeline, embedder, model,
                ArticleStore.open(dataDir.resolve(INDEX_FOLDER), pipeline.json(), pipeline.analyzers(), pipeline.nameKeys(), cachedArticles()));
    }

    /**
     * Opens a saved store to answer from it (search, show, compare, reports), as {@link #open} does but without an
     * index writer ({@link ArticleStore#openForReading}): quicker to open, and ingesting into it fails. Its grouping
     * is still brought up to date with the index, as at any opening.
     */
    public static Polynews openForReading(Path dataDir, Pipeline pipeline, ArticleEmbedder embedder, Supplier<SimilarityModel> model) {
        return open(dataDir, pipeline, embedder, model,
                ArticleStore.openForReading(dataDir.resolve(INDEX_FOLDER), pipeline.json(), pipeline.analyzers(), pipeline.nameKeys(), cachedArticles()));
    }

    private static Polynews open(Path dataDir, Pipeline pipeline, ArticleEmbedder embedder, Supplier<SimilarityModel> model, ArticleStore store) {
        EventGraph graph = null;
        try {
            graph = EventGraph.open(dataDir.resolve(GROUPING_FILE), pipeline.json());
            Polynews polynews = new Polynews(pipeline, store, graph, embedder, model);
            deleteOldClusterFile(dataDir);
            return polynews;
        } catch (RuntimeException e) {
            if (graph != null) {
                graph.close();
            }
            store.close();
            throw e;
        }
    }

    /**
     * How many stored articles to keep in memory: {@value #CACHED_ARTICLES_PROPERTY} (a Java system property, set
     * through {@code POLYNEWS_JAVA_OPTS}), else {@value #DEFAULT_CACHED_ARTICLES}. The recent ones are those
     * grouping reads again and again; more costs heap (some tens of kilobytes each), fewer costs index reads.
     */
    static int cachedArticles() {
        String value = System.getProperty(CACHED_ARTICLES_PROPERTY);
        if (value == null) {
            return DEFAULT_CACHED_ARTICLES;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new StoreException("-D" + CACHED_ARTICLES_PROPERTY + "=" + value + ": not a number of articles (0 or more)");
    }

    public static ObjectMapper jsonMapper() {
        // Field names are not pooled: stored articles key their maps by words, and every parse that met new words
        // copied the whole shared pool (a third of what a search allocated, at 100k articles)
        return new ObjectMapper(JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The JSON people and scripts read (every command's {@code --format json}, the HTTP API): snake_case keys and
     * lower-case enum values, the names in declaration order. Stored files keep {@link #jsonMapper}'s names, so
     * stores written before read back unchanged.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static ObjectMapper outputMapper() {
        return jsonMapper()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS) // reads back what it writes (a command asking a server)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new SimpleModule("lower-case enums").addSerializer(Enum.class, new StdSerializer<Enum>(Enum.class) {
                    @Override
                    public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
                        out.writeString(value.name().toLowerCase(Locale.ROOT));
                    }
                }));
    }

    /**
     * Articles committed to the store whose grouping was not saved (an interrupted run) are clustered now. A grouping
     * of more articles than the store holds belongs to a later state of the index than the one on disk (the index
     * was restored from a copy, or its last commit was lost): it is dropped and everything grouped again.
     */
    private void recoverUnclustered() {
        if (graph.articleCount() == store.size()) {
            return; // the usual case; checking costs nothing, reading every article would
        }
        if (graph.articleCount() > store.size()) {
            graph.clear();
        }
        int grouped = graph.articleCount();
        store.forEach(article -> {
            if (!graph.contains(article.id())) {
                clusterer.get().place(article, candidatesFor(article), graph, pipeline.termStatistics());
            }
        });
        if (graph.articleCount() != grouped) {
            saveGrouping();
        }
    }

    /**
     * Reads, analyses, stores and clusters every article in the inputs. Unreadable inputs are reported and
     * skipped. The store is saved every {@value #SAVED_EVERY} new articles and at the end: an ingest that fails
     * half-way loses only what it added since it was last saved, and running it again adds only the rest.
     */
    public IngestReport ingest(List<String> inputs, Supplier<InputStream> stdin, IngestListener listener) {
        return ingest(sink -> pipeline.sourceReader(stdin).read(inputs, sink), SAVED_EVERY, listener);
    }

    /**
     * Ingests content that arrived without a file (an upload), named {@code source} in reports. {@code kind}
     * says how to read it ({@code html}, {@code json}, {@code jsonl}, {@code txt}) or is null to judge by its looks.
     */
    public IngestReport ingest(String source, byte[] content, String kind, IngestListener listener) {
        return ingest(sink -> pipeline.sourceReader(InputStream::nullInputStream).readContent(source, content, kind, sink), Integer.MAX_VALUE, listener);
    }

    /** Ingests documents already read or made (an evaluation's articles, a benchmark's stream), in the given order. */
    public IngestReport ingestDocuments(Iterable<SourceDocument> documents, IngestListener listener) {
        return ingest(sink -> documents.forEach(sink::accept), SAVED_EVERY, listener);
    }

    /** Ingests what {@code read} hands on, saving the store each time {@code savedEvery} articles were added since it last was. */
    IngestReport ingest(Consumer<SourceSink> read, int savedEvery, IngestListener listener) {
        synchronized (ingestTurn) {
            long start = System.nanoTime();
            int[] counts = new int[2];
            List<SourceProblem> problems = new ArrayList<>();
            List<String> addedIds = new ArrayList<>();
            long[] mark = {store.mark()};
            OrderedAnalysis analysis = new OrderedAnalysis(this::analyseForGrouping, workers(), ANALYSED_AHEAD * WORKERS, DOCUMENT_BUDGET, outcome -> {
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                    listener.skipped(outcome.problem());
                    return;
                }
                AnalyzedArticle article = outcome.article();
                boolean added = add(article, outcome.features());
                if (added) {
                    addedIds.add(article.id());
                }
                counts[added ? 0 : 1]++;
                listener.article(article.article().source(), article.id(), added);
                if (addedIds.size() >= savedEvery) {
                    save();
                    addedIds.clear();
                    mark[0] = store.mark();
                }
            });
            try {
                read.accept(analysis);
                analysis.finish();
                // inside: the index documents are written on their own thread, and one that failed is thrown here
                save();
            } catch (RuntimeException | Error e) {
                takeBack(addedIds, mark[0]);
                throw e;
            } finally {
                analysis.abandon();
            }
            return new IngestReport(counts[0], counts[1], problems, analysis.passedOver(), (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * A document extracted and analysed, with its weights for comparing made: work of the analysis threads, which the one
     * thread that stores and groups need not do (unless removing its site's furniture changes the article).
     */
    private Pipeline.Outcome analyseForGrouping(SourceDocument document) {
        Pipeline.Outcome outcome = pipeline.process(document);
        if (outcome.article() != null) {
            comparator.get().prepare(outcome.article(), outcome.features(), pipeline.termStatistics());
        }
        return outcome;
    }

    /**
     * Undoes the part of an ingest that failed half-way: the articles it added since the store was last saved leave the
     * index, and the grouping returns to what was last saved (every ingest, batch of one and regroup saves it), so the
     * store is as it was then.
     */
    private void takeBack(List<String> addedIds, long mark) {
        lock.writeLock().lock();
        try {
            store.undo(addedIds, mark);
            graph.rollback();
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stores and clusters one analysed article, of these features; false when it was already stored. */
    private boolean add(AnalyzedArticle analysed, ArticleFeatures analysedFeatures) {
        if (underReadLock(() -> store.contains(analysed.id()))) {
            return false; // known: no need to embed it
        }
        List<String> paragraphKeys = SiteFurniture.byParagraph(analysed.article());
        AnalyzedArticle article = withoutSiteFurniture(analysed, paragraphKeys);
        ArticleFeatures articleFeatures = article == analysed ? analysedFeatures : pipeline.features(article);
        ArticleVector vector = vectorOf(article);
        lock.writeLock().lock();
        try {
            if (store.contains(article.id())) {
                return false;
            }
            StoredArticle stored = store.add(article, articleFeatures, vector, paragraphKeys.stream().filter(Objects::nonNull).toList());
            clusterer.get().place(stored, candidatesFor(stored), graph, pipeline.termStatistics());
            version++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The article as it is stored and compared: without the paragraphs its site has on pages already stored (a cookie
     * notice, a newsletter box), analysed again, under the id of its whole text. A page less than a quarter new is the
     * site's repost or update of a page: it loses only what two or more pages have, so near-copy detection still sees
     * the text it reposts.
     */
    private AnalyzedArticle withoutSiteFurniture(AnalyzedArticle article, List<String> paragraphKeys) {
        Article a = article.article();
        List<String> paragraphs = a.paragraphs();
        int[] pages = new int[paragraphs.size()];
        int words = 0;
        int fresh = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            int n = BoilerplateLines.wordCount(paragraphs.get(i));
            String key = paragraphKeys.get(i);
            pages[i] = key == null ? 0 : underReadLock(() -> store.pagesWithSiteParagraph(key));
            words += n;
            fresh += pages[i] == 0 ? n : 0;
        }
        int furniture = 4 * fresh < words ? 2 : 1;
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (pages[i] < furniture) {
                kept.add(paragraphs.get(i));
            }
        }
        if (kept.size() == paragraphs.size() || kept.isEmpty()) {
            return article;
        }
        return pipeline.analyze(a.withParagraphs(kept), article.language()).withId(article.id());
    }

    /** The encoder's vector of an article in a language it covers; null otherwise or without an encoder. */
    private ArticleVector vectorOf(AnalyzedArticle article) {
        if (embedder == null || !embedder.encoder().covers(article.language())) {
            return null;
        }
        return new ArticleVector(embedder.encoder().id(), embedder.embed(article.article()));
    }

    /**
     * Groups every stored article again, in the order they were stored, as one ingest of them all would: after
     * the grouping rules changed, or to tune them without reading and analysing the texts again. Returns how many
     * articles were placed.
     */
    public int regroup(IngestListener listener) {
        synchronized (ingestTurn) {
            lock.writeLock().lock();
            int placed;
            try {
                graph.clear();
                store.forEach(article -> {
                    clusterer.get().place(article, candidatesFor(article), graph, pipeline.termStatistics());
                    listener.article(article.analysis().article().source(), article.id(), true);
                });
                placed = graph.articleCount();
                version++;
            } catch (RuntimeException | Error e) {
                graph.rollback(); // the grouping saved before stays
                throw e;
            } finally {
                lock.writeLock().unlock();
            }
            saveGrouping();
            return placed;
        }
    }

    /**
     * Clustering candidates: the grouped articles sharing the rarest features, and with an encoder its nearest
     * vectors too. Stored articles not grouped yet (a regroup, a recovery) are passed over, so more are fetched.
     */
    private List<StoredArticle> candidatesFor(StoredArticle article) {
        int ungrouped = Math.max(0, store.size() - graph.articleCount() - 1);
        List<StoredArticle> candidates = store.candidates(article.features(), queryTerms(article), CANDIDATES, Math.min(ungrouped, 3 * CANDIDATES), graph::contains);
        if (article.vector() == null || !article.vector().isFrom(encoder())) {
            return candidates;
        }
        Map<String, StoredArticle> union = new LinkedHashMap<>();
        candidates.forEach(c -> union.put(c.id(), c));
        store.nearest(article.vector().model(), article.vector().values(), NEAREST, article.id()).forEach(c -> union.putIfAbsent(c.id(), c));
        return List.copyOf(union.values());
    }

    private List<String> queryTerms(StoredArticle article) {
        return article.features().queryTerms(pipeline.termStatistics()::idf, QUERY_WORDS);
    }

    private TextEncoder encoder() {
        return embedder == null ? null : embedder.encoder();
    }

    /**
     * Gives every stored article in a language the encoder covers a vector from it (after {@code models use}
     * switched to another model), {@code batch} articles at a time, and saves. Returns how many were embedded.
     */
    public int embedMissing(IngestListener listener) {
        if (embedder == null) {
            return 0;
        }
        synchronized (ingestTurn) {
            String model = encoder().id();
            List<String> missing = new ArrayList<>(); // ids only: the articles are read again a batch at a time
            underReadLock(() -> {
                store.forEach(a -> {
                    if (encoder().covers(a.analysis().language()) && (a.vector() == null || !a.vector().model().equals(model))) {
                        missing.add(a.id());
                    }
                });
                return null;
            });
            int batch = 16;
            for (int from = 0; from < missing.size(); from += batch) {
                List<StoredArticle> some = missing.subList(from, Math.min(missing.size(), from + batch)).stream()
                        .map(id -> underReadLock(() -> store.get(id)).orElseThrow()).toList();
                List<float[]> vectors = embedder.embedAll(some.stream().map(a -> a.analysis().article()).toList());
                lock.writeLock().lock();
                try {
                    for (int i = 0; i < some.size(); i++) {
                        store.setVector(some.get(i), new ArticleVector(model, vectors.get(i)));
                        listener.article(some.get(i).analysis().article().source(), some.get(i).id(), true);
                    }
                } finally {
                    lock.writeLock().unlock();
                }
            }
            if (!missing.isEmpty()) {
                store.commit();
            }
            return missing.size();
        }
    }

    private <T> T underReadLock(Supplier<T> read) {
        lock.readLock().lock();
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Events and storylines over every stored article; built once per change of the store. */
    public StoryReport stories() {
        return underReadLock(() -> {
            synchronized (this) {
                if (reportVersion != version) {
                    report = reporter.report(graph.snapshot(), store.digests(), graph.savedFacts());
                    reportVersion = version;
                }
                return report;
            }
        });
    }

    /**
     * The storylines a selection chooses, with their events and articles: from the facts the grouping file keeps, so
     * that a short listing reads only what it shows; from the whole report where those facts are not saved.
     */
    public StoryPage stories(StorylineSelection selection) {
        return underReadLock(() -> reporter.page(graph, digests, selection).orElseGet(() -> StoryPage.of(stories(), selection)));
    }

    /** The storylines a selection chooses, as listings show them (without their events and articles), as {@link #stories(StorylineSelection)} reads them. */
    public StorylineListing storylines(StorylineSelection selection) {
        return underReadLock(() -> reporter.listing(graph, selection).orElseGet(() -> StorylineListing.of(StoryPage.of(stories(), selection))));
    }

    /**
     * One storyline, by its id or the id of a storyline merged into it, with its events and articles ({@link #stories}
     * of it alone); empty when the store has none of that id.
     */
    public Optional<StoryReport> storyline(String id) {
        StoryReport report = underReadLock(() -> reporter.storyline(graph, digests, id).orElseGet(() -> {
            StoryReport all = stories();
            String current = all.mergedStorylines().getOrDefault(id, id);
            return all.restrictedTo(all.storylines().stream().filter(s -> s.id().equals(current)).toList());
        }));
        return report.storylines().isEmpty() ? Optional.empty() : Optional.of(report);
    }

    /** The stored article with this id, or the only one whose id starts with it. */
    public Optional<StoredArticle> find(String idOrPrefix) {
        return underReadLock(() -> findUnlocked(idOrPrefix));
    }

    /**
     * One stored article as listings show it, with its event and storyline: from its digest and the grouping, without
     * the story report (which covers the whole store and is rebuilt after every change).
     */
    public Optional<StoryReport.ArticleSummary> summary(String id) {
        return underReadLock(() -> store.digest(id).map(digest -> {
            String event = graph.eventOf(id);
            return StoryReport.ArticleSummary.of(digest, event, event == null ? null : graph.storylineOf(event));
        }));
    }

    /** Up to {@code limit} stored ids that start with {@code prefix}. */
    public List<String> idsStartingWith(String prefix, int limit) {
        return underReadLock(() -> store.idsStartingWith(prefix, limit));
    }

    private Optional<StoredArticle> findUnlocked(String idOrPrefix) {
        if (idOrPrefix.length() > ArticleIds.LENGTH) {
            return Optional.empty(); // no id is longer; as a prefix query it would only cost Lucene a huge automaton
        }
        Optional<StoredArticle> exact = store.get(idOrPrefix);
        if (exact.isPresent() || idOrPrefix.length() < 4) {
            return exact;
        }
        List<String> matches = store.idsStartingWith(idOrPrefix, 2);
        return matches.size() == 1 ? store.get(matches.get(0)) : Optional.empty();
    }

    /** Analyses a document without storing it (for comparing files). */
    public Pipeline.Outcome analyze(SourceDocument document) {
        return pipeline.process(document);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Comparison compare(AnalyzedArticle a, AnalyzedArticle b) {
        double dense = dense(a, b);
        return underReadLock(() -> comparator.get().compare(a, pipeline.features(a), b, pipeline.features(b), pipeline.termStatistics(), dense));
    }

    /** Cosine of the two articles' vectors (stored, or made now for files), NaN without an encoder covering both. */
    private double dense(AnalyzedArticle a, AnalyzedArticle b) {
        if (embedder == null || !encoder().covers(a.language()) || !encoder().covers(b.language())) {
            return Double.NaN;
        }
        return ArticleEmbedder.cosine(vector(a), vector(b));
    }

    private float[] vector(AnalyzedArticle a) {
        return find(a.id()).map(StoredArticle::vector).filter(v -> v.isFrom(encoder())).map(ArticleVector::values)
                .orElseGet(() -> embedder.embed(a.article()));
    }

    public String eventOf(String articleId) {
        return underReadLock(() -> graph.eventOf(articleId));
    }

    /** The stored articles the index offers as grouping candidates for a stored article (grouped or not). */
    public List<StoredArticle> groupingCandidates(StoredArticle article) {
        return underReadLock(() -> store.candidates(article.features(), queryTerms(article), CANDIDATES));
    }

    /** Two stored articles measured and scored as grouping does (no evidence): for training the event decision. */
    public Comparison score(StoredArticle a, StoredArticle b) {
        return comparator.get().score(a.analysis(), a.features(), b.analysis(), b.features(), pipeline.termStatistics());
    }

    /** What a stored article is about, as a storyline weighs it: for training the storyline decision. */
    public StoryProfile profile(StoredArticle article) {
        return StoryProfile.of(article, pipeline.termStatistics());
    }

    /** The storyline an event belongs to, or null for an unknown event. */
    public String storylineOf(String eventId) {
        return underReadLock(() -> graph.storylineOf(eventId));
    }

    /**
     * Articles matching a query in any language, best first: the words through every stored language's
     * analyzer, and names and places in the query through their cross-script keys.
     */
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the search query is empty");
        }
        List<Token> tokens = pipeline.tokenizer().tokenize(query);
        if (tokens.size() > MAX_QUERY_WORDS) {
            throw new IllegalArgumentException("the search query has " + tokens.size() + " words; search for at most " + MAX_QUERY_WORDS);
        }
        // the model runs before the lock is taken: ingests need not wait for it
        float[] meaning = embedder == null ? null : encoder().embedQuery(query);
        return underReadLock(() -> searchUnlocked(query, tokens, meaning, limit));
    }

    /** A capitalised word, or one of a script without capitals: a common word in lower case is no name ("vaccine"). */
    private static boolean mayBeName(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || !Character.isLowerCase(first);
    }

    /** The text's words looked for in each of {@code languages}' text field, through that language's analyzer. */
    private void addWordQueries(BooleanQuery.Builder q, List<String> languages, String text, float boost) {
        for (String language : languages) {
            Query words = new QueryBuilder(store.analyzers().forLanguage(language)).createBooleanQuery("text_" + language, text);
            if (words != null) {
                q.add(boost == 1f ? words : new BoostQuery(words, boost), BooleanClause.Occur.SHOULD);
            }
        }
    }

    /**
     * @param tokens  the query's words
     * @param meaning the query's vector from the encoder in use, or null
     */
    private List<SearchHit> searchUnlocked(String query, List<Token> tokens, float[] meaning, int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        // stored by an older version that took any "language" it was given: not searched
        List<String> languages = store.languages().stream().filter(language -> LanguageCode.of(language).isPresent()).toList();
        addWordQueries(q, languages, query, 1f);
        // A query in another script also looks for its words as Latin-script text writes them (Путин: Putin), whole
        // words and first: the skeleton keys below match any name that merely sounds alike (Patton, Button).
        // (Short queries only, as names are: a clause per word and language must stay under Lucene's 1,024.)
        String latin = pipeline.nameKeys().latin(query);
        if (tokens.size() <= TRANSLITERATED_WORDS && !latin.equalsIgnoreCase(query) && NameKeys.spellsForeignNames(query)) {
            addWordQueries(q, languages, latin, TRANSLITERATED_BOOST);
        }
        // A name's cross-script key also fits look-alikes (بوتين, Putin and the German noun Booten all make btn): it
        // finds articles only when nothing else does. What it does find is how the stored articles spell the name
        // (Putin, Путин), and those spellings are searched as words.
        BooleanQuery.Builder lookAlikes = new BooleanQuery.Builder();
        NameSpellings spellings = new NameSpellings(store, pipeline.nameKeys());
        String unspaced = query.strip();
        if (Character.UnicodeScript.of(unspaced.codePointAt(0)) == Character.UnicodeScript.HAN && unspaced.codePoints().noneMatch(Character::isWhitespace)) {
            // a name in Chinese characters is one word however its characters are tokenised (特朗普: Trump)
            spellings.of(unspaced).forEach(spelling -> addWordQueries(q, languages, spelling, 1f));
        }
        for (Token t : tokens) {
            String key = pipeline.nameKeys().key(t.text());
            // a reading of Chinese characters is no skeleton of a name (默克尔, mo ke er: mkr, the key of Macri)
            if (key.length() >= 3 && NameKeys.spellsForeignNames(t.text())) {
                lookAlikes.add(new BoostQuery(new TermQuery(new Term(ArticleStore.FEATURES, ArticleFeatures.NAME + key)), 1.5f), BooleanClause.Occur.SHOULD);
                lookAlikes.add(new TermQuery(new Term(ArticleStore.FEATURES, ArticleFeatures.CANDIDATE + key)), BooleanClause.Occur.SHOULD);
                if (tokens.size() <= SPELLED_WORDS && mayBeName(t.text())) {
                    for (String spelling : spellings.of(t.text())) {
                        if (!spelling.equalsIgnoreCase(t.text())) {
                            addWordQueries(q, languages, spelling, 1f);
                        }
                    }
                }
            }
            Place place = pipeline.gazetteer().lookupInflected(pipeline.normalizer().normalize(t.text()));
            if (place != null) {
                q.add(new BoostQuery(new TermQuery(new Term(ArticleStore.FEATURES, ArticleFeatures.PLACE + place.id())), 1.5f), BooleanClause.Occur.SHOULD);
            }
        }
        if (meaning != null) {
            // what the query means, not only its words: nearest article vectors join the text matches
            q.add(new BoostQuery(ArticleStore.nearQuery(encoder().id(), meaning, NEAR_MIN_COSINE), NEAR_BOOST), BooleanClause.Occur.SHOULD);
        }
        List<SearchHit> found;
        Query built = q.build();
        try {
            found = store.search(built, limit);
            if (found.isEmpty()) {
                built = new BooleanQuery.Builder().add(built, BooleanClause.Occur.SHOULD).add(lookAlikes.build(), BooleanClause.Occur.SHOULD).build();
                found = store.search(built, limit);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the search query is too long for this store (" + e.getMessage() + "); use fewer words");
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit hit : found) {
            Snippet snippet = store.snippet(built, hit.id()).orElseThrow(() -> new StoreException("index and store disagree on " + hit.id()));
            hits.add(new SearchHit(hit.id(), Math.round(hit.score() * 1000) / 1000.0, snippet));
        }
        return hits;
    }

    public int size() {
        return underReadLock(store::size);
    }

    /** How much the store holds, counted without reading an article or building a report. */
    public record Overview(int articles, int events, int storylines, List<String> languages) {
    }

    public Overview overview() {
        return underReadLock(() -> new Overview(store.size(), graph.eventCount(), graph.storylineCount(), store.languages().stream().sorted().toList()));
    }

    /** The analysis threads: daemons, so that a command that forgets to close still ends. */
    private synchronized ExecutorService workers() {
        if (workers == null) {
            AtomicInteger n = new AtomicInteger();
            workers = Executors.newFixedThreadPool(WORKERS, task -> {
                Thread t = new Thread(task, "polynews-analysis-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        graph.close();
        store.close();
    }
}
