package org.polynews.store;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.polynews.analyze.Entity;
import org.polynews.analyze.NameKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A name of a stored article as a name search reads it ({@link NameSpellings}): whether it names a person, its keys,
 * and each of its words with the word's own key and Latin form. Written into the index beside the article, so that a
 * search reads some hundred bytes per article instead of its whole analysis, and transliterates nothing.
 *
 * @param person a person's name: of that type, or of two words or more
 * @param keys   the name's {@link Entity#keys}
 */
public record SpelledName(boolean person, List<String> keys, List<Word> words) {
    /** Marks the encoding, so that a later one can tell it apart. */
    private static final byte VERSION = 1;

    public SpelledName {
        keys = List.copyOf(keys);
        words = List.copyOf(words);
    }

    /** One word of the name: as written, its {@link NameKeys#key} and its {@link NameKeys#latin} form. */
    public record Word(String text, String key, String latin) {
    }

    public static List<SpelledName> of(List<Entity> entities, NameKeys nameKeys) {
        List<SpelledName> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Word> words = new ArrayList<>();
            for (String word : e.name().split("\\s+")) {
                words.add(new Word(word, nameKeys.key(word), nameKeys.latin(word)));
            }
            out.add(new SpelledName(e.type() == Entity.Type.PERSON || e.keys().size() > 1, e.keys(), words));
        }
        return out;
    }

    /** The names as index bytes: counts and strings, a word's Latin form left out where it is the word itself. */
    static BytesRef encode(List<SpelledName> names) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte(VERSION);
            out.writeVInt(names.size());
            for (SpelledName name : names) {
                out.writeByte((byte) (name.person() ? 1 : 0));
                out.writeVInt(name.keys().size());
                for (String key : name.keys()) {
                    out.writeString(key);
                }
                out.writeVInt(name.words().size());
                for (Word word : name.words()) {
                    out.writeString(word.text());
                    out.writeString(word.key());
                    boolean asWritten = word.latin().equals(word.text());
                    out.writeByte((byte) (asWritten ? 0 : 1));
                    if (!asWritten) {
                        out.writeString(word.latin());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written to memory: cannot happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    static List<SpelledName> decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        byte version = in.readByte();
        if (version != VERSION) {
            throw new StoreException("the store's names were written by a newer polynews (encoding " + version + "); use that version");
        }
        int n = in.readVInt();
        List<SpelledName> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean person = in.readByte() == 1;
            String[] keys = new String[in.readVInt()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = in.readString();
            }
            Word[] words = new Word[in.readVInt()];
            for (int w = 0; w < words.length; w++) {
                String text = in.readString();
                String key = in.readString();
                words[w] = new Word(text, key, in.readByte() == 0 ? text : in.readString());
            }
            names.add(new SpelledName(person, List.of(keys), List.of(words)));
        }
        return names;
    }
}
