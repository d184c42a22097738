package org.polynews.cluster;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link SubjectArticles} in the grouping file: ordinals as gaps between them, in variable-length ints (a subject
 * named by 30,000 articles takes some 45 KB, not the 200 KB its JSON would).
 */
final class SubjectArticlesType extends BasicDataType<SubjectArticles> {
    static final SubjectArticlesType INSTANCE = new SubjectArticlesType();

    private SubjectArticlesType() {
    }

    @Override
    public int getMemory(SubjectArticles value) {
        int memory = 64;
        for (int[] ordinals : value.languages().values()) {
            memory += 48 + 4 * ordinals.length;
        }
        for (int[] ordinals : value.countries().values()) {
            memory += 48 + 4 * ordinals.length;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer out, SubjectArticles value) {
        writeString(out, value.name());
        writeCodes(out, value.languages());
        writeCodes(out, value.countries());
    }

    @Override
    public SubjectArticles read(ByteBuffer in) {
        String name = DataUtils.readString(in);
        Map<String, int[]> languages = readCodes(in);
        return new SubjectArticles(name, languages, readCodes(in));
    }

    private static void writeString(WriteBuffer out, String s) {
        out.putVarInt(s.length()).putStringData(s, s.length());
    }

    private static void writeCodes(WriteBuffer out, Map<String, int[]> codes) {
        out.putVarInt(codes.size());
        codes.forEach((code, ordinals) -> {
            writeString(out, code);
            out.putVarInt(ordinals.length);
            int last = 0;
            for (int ordinal : ordinals) {
                out.putVarInt(ordinal - last);
                last = ordinal;
            }
        });
    }

    private static Map<String, int[]> readCodes(ByteBuffer in) {
        int n = DataUtils.readVarInt(in);
        Map<String, int[]> codes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String code = DataUtils.readString(in);
            int[] ordinals = new int[DataUtils.readVarInt(in)];
            int last = 0;
            for (int k = 0; k < ordinals.length; k++) {
                last += DataUtils.readVarInt(in);
                ordinals[k] = last;
            }
            codes.put(code, ordinals);
        }
        return codes;
    }

    @Override
    public SubjectArticles[] createStorage(int size) {
        return new SubjectArticles[size];
    }
}
