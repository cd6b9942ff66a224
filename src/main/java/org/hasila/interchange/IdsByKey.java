package org.hasila.interchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids by a 64-bit key, in two arrays (open addressing): what an import remembers of each row takes 16 to 32 bytes,
 * where a map of strings to boxed ids took over a hundred. A key is a digest of what it stands for, 64 bits of
 * SHA-256, so two different things share one only by a chance of about one in 10^7 in a file of 10^6.
 */
final class IdsByKey {

    private long[] keys = new long[1024];
    /** 0: an empty slot; ids are never 0 (stored ones are above it, planned ones below). */
    private long[] ids = new long[1024];
    private int size;

    /** The id kept under a key, or 0. */
    long get(long key) {
        for (int slot = slot(key);; slot = (slot + 1) & (keys.length - 1)) {
            if (ids[slot] == 0) {
                return 0;
            }
            if (keys[slot] == key) {
                return ids[slot];
            }
        }
    }

    /** Keeps an id (not 0) under a key; the id kept before, or 0. */
    long put(long key, long id) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(key);
        while (ids[slot] != 0) {
            if (keys[slot] == key) {
                long earlier = ids[slot];
                ids[slot] = id;
                return earlier;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        ids[slot] = id;
        size++;
        return 0;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new long[oldIds.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIds[i] != 0) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    /** The key of a claim's fingerprint, which is SHA-256 in hexadecimal already. */
    static long ofFingerprint(String fingerprint) {
        return HexFormat.fromHexDigitsToLong(fingerprint, 0, 16);
    }

    /** The key of any text. */
    static long of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = key << 8 | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The key of a claim's link to a source: exact while both ids fit in 32 bits. */
    static long ofLink(long claimId, long sourceId) {
        return claimId << 32 ^ (sourceId & 0xffffffffL);
    }
}
