package org.polynews.similarity;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Fixed term weights that ship with polynews, so that how two articles compare depends on those two articles
 * only, not on what else happens to be stored: the inverse document frequency of each word stem, name key and
 * place, estimated from public word-frequency lists ({@link BackgroundStatisticsBuilder}; {@code polynews train
 * background}). A term the lists never saw is as rare as they can tell ({@link #unknownIdf()}). The table (close
 * to a million terms) is held in a Lucene FST: a few megabytes rather than a hundred as a hash map.
 */
public final class BackgroundStatistics implements TermStatistics {
    public static final String RESOURCE = "background-idf.tsv.gz";
    /** Lines that name a known name key rather than weigh a term. */
    private static final String KNOWN_NAME = "name\t";
    /** Weights are kept in hundredths. */
    private static final double SCALE = 100;

    private final FST<Long> idf;
    private final Set<String> knownNames;
    private final double unknown;

    /**
     * The weights as built and saved: each term's IDF, the name keys seen as names in news text, and the weight of
     * any term not listed.
     */
    public record Table(Map<String, Float> idf, Set<String> knownNames, double unknown) {
        public Table {
            idf = Map.copyOf(idf);
            knownNames = Set.copyOf(knownNames);
        }

        /** Writes the table as {@link #read} reads it, after {@code header} lines (where it comes from, its licence). */
        public void write(Path out, List<String> header) throws IOException {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
                for (String h : header) {
                    w.write("# " + h);
                    w.newLine();
                }
                w.write("*\t" + unknown);
                w.newLine();
                for (var e : new TreeMap<>(idf).entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue());
                    w.newLine();
                }
                for (String key : new TreeSet<>(knownNames)) {
                    w.write(KNOWN_NAME + key);
                    w.newLine();
                }
            }
        }
    }

    public BackgroundStatistics(Table table) {
        this.idf = compile(table.idf());
        this.knownNames = table.knownNames();
        this.unknown = table.unknown();
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

    /**
     * Reads the gzipped table: comment lines start with {@code #}; one line {@code *\tIDF} gives the weight of
     * unseen terms; {@code name\tKEY} says a name key was seen as a name; the others are {@code TERM\tIDF}.
     */
    public static BackgroundStatistics read(InputStream gzipped) throws IOException {
        Map<String, Float> idf = new HashMap<>(1 << 20);
        Set<String> knownNames = new HashSet<>();
        double unknown = Double.NaN;
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(KNOWN_NAME)) {
                knownNames.add(line.substring(KNOWN_NAME.length()));
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IOException("not TERM<tab>IDF: " + line);
            }
            float value = Float.parseFloat(line.substring(tab + 1));
            String term = line.substring(0, tab);
            if (term.equals("*")) {
                unknown = value;
            } else {
                idf.put(term, value);
            }
        }
        if (Double.isNaN(unknown)) {
            throw new IOException("no weight for unseen terms (a line '*<tab>IDF')");
        }
        return new BackgroundStatistics(new Table(idf, knownNames, unknown));
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
        try {
            Long value = Util.get(idf, new BytesRef(term));
            return value == null ? unknown : value / SCALE;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // on-heap: does not happen
        }
    }

    /** Whether the news text the table was built from names this key as a name (Trump in English: ترامب is a name). */
    @Override
    public boolean isKnownName(String key) {
        return knownNames.contains(key);
    }

    public double unknownIdf() {
        return unknown;
    }
}
