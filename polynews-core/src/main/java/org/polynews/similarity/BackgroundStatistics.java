package org.polynews.similarity;

import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Fixed term weights that ship with polynews, so that how two articles compare depends on those two articles
 * only, not on what else happens to be stored: the inverse document frequency of each word stem, name key and
 * place, estimated from public word-frequency lists ({@link BackgroundStatisticsBuilder}; {@code polynews train
 * background}). A term the lists never saw is as rare as they can tell ({@link #unknownIdf()}). The table (close
 * to a million terms) is held in a Lucene FST: a few megabytes rather than a hundred as a hash map. It is saved as
 * the compiled FST, not as text: building the FST from a million lines took 7 s at every start of a command.
 */
public final class BackgroundStatistics implements TermStatistics {
    public static final String RESOURCE = "background-idf.bin.gz";
    private static final String MAGIC = "polynews background term weights";
    private static final int VERSION = 1;
    /** Weights are kept in hundredths. */
    private static final double SCALE = 100;

    /**
     * Lookups after which the FST's weights are also put in a hash table ({@link HashedTermWeights}): a comparison
     * makes about a thousand, so a command that compares a few articles never builds it, an ingest does within its first
     * articles.
     */
    static final int LOOKUPS_BEFORE_TABLE = 100_000;

    private final FST<Long> idf;
    /** Counted loosely, from any thread: a count lost only delays the table. */
    private int lookups;
    private final AtomicBoolean tableStarted = new AtomicBoolean();
    private volatile HashedTermWeights table;
    private final Set<String> knownNames;
    private final double unknown;
    private final List<String> header;

    /**
     * The weights as built: each term's IDF, the name keys seen as names in news text, and the weight of any term
     * not listed.
     */
    public record Table(Map<String, Float> idf, Set<String> knownNames, double unknown) {
        public Table {
            idf = Map.copyOf(idf);
            knownNames = Set.copyOf(knownNames);
        }
    }

    /** @param header lines saying where the table comes from and its licence, saved with it */
    public BackgroundStatistics(Table table, List<String> header) {
        this(compile(table.idf()), table.knownNames(), table.unknown(), header);
    }

    private BackgroundStatistics(FST<Long> idf, Set<String> knownNames, double unknown, List<String> header) {
        this.idf = idf;
        this.knownNames = Set.copyOf(knownNames);
        this.unknown = unknown;
        this.header = List.copyOf(header);
    }

    /** The weights shipped in the jar. */
    public static BackgroundStatistics bundled() {
        InputStream in = BackgroundStatistics.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + RESOURCE + "; rebuild polynews");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + RESOURCE, e);
        }
    }

    /** Saves the table as {@link #read} reads it: gzipped, its header lines, the unseen-term weight, the known names, the FST. */
    public void write(Path out) throws IOException {
        try (OutputStream file = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            DataOutput data = new OutputStreamDataOutput(file);
            data.writeString(MAGIC);
            data.writeVInt(VERSION);
            data.writeVInt(header.size());
            for (String line : header) {
                data.writeString(line);
            }
            data.writeInt(Float.floatToIntBits((float) unknown));
            data.writeVInt(knownNames.size());
            for (String key : new TreeSet<>(knownNames)) {
                data.writeString(key);
            }
            idf.save(data, data);
        }
    }

    /** Reads a table {@link #write} saved. */
    public static BackgroundStatistics read(InputStream gzipped) throws IOException {
        DataInput data = new InputStreamDataInput(new GZIPInputStream(new BufferedInputStream(gzipped)));
        if (!MAGIC.equals(data.readString())) {
            throw new IOException("not a polynews background table");
        }
        int version = data.readVInt();
        if (version != VERSION) {
            throw new IOException("background table version " + version + ", this polynews reads version " + VERSION);
        }
        List<String> header = new ArrayList<>();
        for (int i = data.readVInt(); i > 0; i--) {
            header.add(data.readString());
        }
        double unknown = Float.intBitsToFloat(data.readInt());
        Set<String> knownNames = new HashSet<>();
        for (int i = data.readVInt(); i > 0; i--) {
            knownNames.add(data.readString());
        }
        FST<Long> idf = new FST<>(FST.readMetadata(data, PositiveIntOutputs.getSingleton()), data);
        return new BackgroundStatistics(idf, knownNames, unknown, header);
    }

    private static FST<Long> compile(Map<String, Float> idf) {
        List<BytesRef> terms = new ArrayList<>(idf.size());
        idf.keySet().forEach(t -> terms.add(new BytesRef(t)));
        terms.sort(null); // an FST takes its inputs in byte order
        try {
            FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton()).build();
            IntsRefBuilder scratch = new IntsRefBuilder();
            for (BytesRef term : terms) {
                compiler.add(Util.toIntsRef(term, scratch), Math.round(idf.get(term.utf8ToString()) * SCALE));
            }
            return FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the term table", e); // on-heap: does not happen
        }
    }

    @Override
    public double idf(String term) {
        HashedTermWeights hashed = table;
        if (hashed != null) {
            int value = hashed.get(term);
            return value < 0 ? unknown : value / SCALE;
        }
        if (++lookups > LOOKUPS_BEFORE_TABLE && tableStarted.compareAndSet(false, true)) {
            table = HashedTermWeights.of(idf).orElse(null); // the lookups meanwhile go on through the FST
        }
        try {
            Long value = Util.get(idf, new BytesRef(term));
            return value == null ? unknown : value / SCALE;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // on-heap: does not happen
        }
    }

    /** Whether lookups go through the hash table (the FST's weights all fitted in it). */
    boolean looksUpInHashTable() {
        return table != null;
    }

    /** Whether the news text the table was built from names this key as a name (Trump in English: ترامب is a name). */
    @Override
    public boolean isKnownName(String key) {
        return knownNames.contains(key);
    }

    public double unknownIdf() {
        return unknown;
    }

    /** Where the table comes from and its licence. */
    public List<String> header() {
        return header;
    }

    public int knownNameCount() {
        return knownNames.size();
    }
}
