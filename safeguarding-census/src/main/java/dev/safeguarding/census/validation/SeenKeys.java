package dev.safeguarding.census.validation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * The keys (an {@code LAchildID}, a UPN) seen so far in a file, each with the position of the first child
 * that had it and whether a later child had it too: what rules 8510 and 1520 need across a national return
 * of 700,000 children. Kept compact and exact: the keys' characters in one growing {@code char} array, an
 * open-addressing table of entry numbers, and two {@code int}s and a bit per entry (about 30 bytes for an
 * eleven-character key, where a {@code HashMap<String, …>} takes about 110).
 *
 * <p>Not thread-safe: one per {@link CensusValidator.Pass}.
 */
final class SeenKeys {

    private char[] characters = new char[1 << 12];
    private int used;
    /** Per entry: where its key starts in {@link #characters}, its length and its first position. */
    private int[] starts = new int[1 << 8];
    private int[] lengths = new int[1 << 8];
    private int[] firsts = new int[1 << 8];
    private final BitSet again = new BitSet();
    private int size;
    /** Entry number + 1 per slot; 0 is an empty slot. At most half full. */
    private int[] slots = new int[1 << 9];

    /**
     * Records {@code key} for the child at {@code position}; returns {@code true} if an earlier child had it
     * (which is then marked as shared).
     */
    boolean seenBefore(String key, int position) {
        int mask = slots.length - 1;
        for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                add(key, position, slot);
                return false;
            }
            if (equal(entry, key)) {
                again.set(entry);
                return true;
            }
        }
    }

    /** The first positions of the keys a later child shared, in order of position. */
    void forEachSharedFirst(IntConsumer action) {
        int[] shared = again.stream().map(entry -> firsts[entry]).sorted().toArray();
        Arrays.stream(shared).forEach(action);
    }

    private void add(String key, int position, int slot) {
        if (used + key.length() > characters.length) {
            characters = Arrays.copyOf(characters, Math.max(characters.length * 2, used + key.length()));
        }
        key.getChars(0, key.length(), characters, used);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            firsts = Arrays.copyOf(firsts, size * 2);
        }
        starts[size] = used;
        lengths[size] = key.length();
        firsts[size] = position;
        used += key.length();
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hash(characters, starts[entry], lengths[entry]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = entry + 1;
        }
        slots = bigger;
    }

    private boolean equal(int entry, String key) {
        if (lengths[entry] != key.length()) {
            return false;
        }
        int start = starts[entry];
        for (int i = 0; i < key.length(); i++) {
            if (characters[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String key) {
        return mix(key.hashCode());
    }

    /** The same hash as {@link #hash(String)}, of characters held in the array. */
    private static int hash(char[] characters, int start, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + characters[start + i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
