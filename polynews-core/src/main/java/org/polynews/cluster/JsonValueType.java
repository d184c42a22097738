package org.polynews.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.polynews.store.StoreException;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;

/**
 * Values of a grouping map written as JSON (readable by the next version, as the grouping file was). The store keeps
 * read pages as objects, so a value is parsed once while its page stays in the cache, not at every look-up.
 */
final class JsonValueType<T> extends BasicDataType<T> {
    private final ObjectMapper json;
    private final Class<T> type;
    /** Rough heap size of one value, for the page cache's accounting. */
    private final int memory;

    JsonValueType(ObjectMapper json, Class<T> type, int memory) {
        this.json = json;
        this.type = type;
        this.memory = memory;
    }

    @Override
    public int getMemory(T value) {
        return memory;
    }

    @Override
    public void write(WriteBuffer out, T value) {
        try {
            byte[] bytes = json.writeValueAsBytes(value);
            out.putVarInt(bytes.length).put(bytes);
        } catch (IOException e) {
            throw new StoreException("cannot write a grouping record (" + type.getSimpleName() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public T read(ByteBuffer in) {
        byte[] bytes = new byte[DataUtils.readVarInt(in)];
        in.get(bytes);
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new StoreException("cannot read a grouping record (" + type.getSimpleName() + "): " + e.getMessage(), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T[] createStorage(int size) {
        return (T[]) Array.newInstance(type, size);
    }
}
