package org.polynews.store;

/** Another process (an ingest, a server) holds the store's lock. */
public final class StoreInUseException extends StoreException {
    public StoreInUseException(String message) {
        super(message);
    }
}
