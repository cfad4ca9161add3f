package id.pita.core.allocation;

/**
 * An open-addressing index from distinct strings to their positions in an array, with each key's
 * {@link String#hashCode()} kept beside it so that a probe compares hashes before it touches a key. Building it
 * allocates two int arrays and nothing per key, unlike a {@link java.util.HashMap} or
 * {@link java.util.Map#ofEntries} (a node or an entry object per key).
 */
final class KeyTable {
    private final String[] keys;
    private final int[] hashes;
    private final int[] slots;
    private final int shift;

    KeyTable(String[] keys) {
        this(keys, hashes(keys));
    }

    /**
     * @param hashes {@code keys[i].hashCode()} for each i (the caller often has them already)
     * @throws IllegalArgumentException if a key occurs twice (the message names it, as {@code Map.of} does)
     */
    KeyTable(String[] keys, int[] hashes) {
        this.keys = keys;
        this.hashes = hashes;
        // At least twice as many slots as keys keeps linear probing short.
        int bits = Math.min(30, Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, 2L * keys.length - 1))));
        this.slots = new int[1 << bits];
        this.shift = 32 - bits;
        for (int i = 0; i < keys.length; i++) {
            int s = find(keys[i], hashes[i]);
            if (slots[s] != 0) {
                throw new IllegalArgumentException("duplicate key: " + keys[i]);
            }
            slots[s] = i + 1;
        }
    }

    private static int[] hashes(String[] keys) {
        int[] h = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            h[i] = keys[i].hashCode();
        }
        return h;
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    /** The position of {@code key}, or -1 when it is not there. */
    int indexOf(String key) {
        return slots[find(key, key.hashCode())] - 1;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(String key, int h) {
        int mask = slots.length - 1;
        // Fibonacci hashing spreads keys that differ only in their last characters over the whole table.
        int s = (h * 0x9E3779B9) >>> shift;
        while (true) {
            int i = slots[s] - 1;
            if (i < 0 || hashes[i] == h && (keys[i] == key || keys[i].equals(key))) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }
}
