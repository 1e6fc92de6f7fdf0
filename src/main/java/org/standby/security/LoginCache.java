package org.standby.security;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A small bounded in-memory map of what a login proved (a user's verified password, an API token's identity), with
 * a time to live and an exact forget. Whoever fills it takes a {@link #stamp()} <em>before</em> reading the
 * database; a {@link #forget} of the key after that stamp makes the value void, so a commit that races the read
 * can never leave an old password, role or token in the cache.
 */
final class LoginCache<K, V> {

    private record Entry<V>(V value, long storedAtNanos, long stamp) {}

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Long> forgottenAt = new ConcurrentHashMap<>();
    private final AtomicLong stamps = new AtomicLong();
    /** The stamp of the last {@link #forgetAll()}: every value read before it is void. */
    private volatile long allForgottenAt;

    private final long ttlNanos;
    private final int maxSize;
    private final LongSupplier nanoTime;

    LoginCache(long ttlNanos, int maxSize, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.maxSize = maxSize;
        this.nanoTime = nanoTime;
    }

    /** Take this before reading what will be stored. */
    long stamp() {
        return stamps.get();
    }

    Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.storedAtNanos() >= ttlNanos || forgotten(key, entry.stamp())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Stores a value read after {@code stamp} was taken, unless the key was forgotten since. */
    void put(K key, V value, long stamp) {
        if (forgotten(key, stamp)) {
            return;
        }
        if (entries.size() >= maxSize && !entries.containsKey(key)) {
            evict();
        }
        Entry<V> entry = new Entry<>(value, nanoTime.getAsLong(), stamp);
        entries.put(key, entry);
        if (forgotten(key, stamp)) { // a forget ran between the check and the put
            entries.remove(key, entry);
        }
    }

    private boolean forgotten(K key, long stamp) {
        return stamp < allForgottenAt || stamp < forgottenAt.getOrDefault(key, 0L);
    }

    /** Drops every key now, and voids every value read before this call. */
    void forgetAll() {
        allForgottenAt = stamps.incrementAndGet();
        entries.clear();
    }

    /** Drops the key now, and voids every value read before this call. */
    void forget(K key) {
        forgottenAt.put(key, stamps.incrementAndGet());
        entries.remove(key);
    }

    /**
     * Forgets the key now and again when the current transaction ends: the old value stops working with the next
     * request after the change, and a read that raced the commit cannot bring it back. {@code committed} runs once
     * the change is committed (at once without a transaction): there the other instances are told
     * ({@link org.standby.common.ClusterRevisions#announceForgotten}).
     */
    void forgetNowAndAfterCommit(K key, TransactionSynchronizationRegistry registry, Runnable committed) {
        forget(key);
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            committed.run();
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                forget(key);
                if (status == Status.STATUS_COMMITTED) {
                    committed.run();
                }
            }
        });
    }

    int size() {
        return entries.size();
    }

    private void evict() {
        long now = nanoTime.getAsLong();
        entries.values().removeIf(entry -> now - entry.storedAtNanos() >= ttlNanos);
        Iterator<Map.Entry<K, Entry<V>>> oldest = entries.entrySet().iterator();
        while (entries.size() >= maxSize && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
