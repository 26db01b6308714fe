package org.newsgraph.store.actors;

/**
 * Runs {@link SqlWork} in one transaction of the store: commits when it returns, rolls back and
 * throws {@link org.newsgraph.store.StoreException} (with {@code what} in its message) when it fails.
 */
@FunctionalInterface
public interface Transactions {

    <T> T run(String what, SqlWork<T> work);
}
