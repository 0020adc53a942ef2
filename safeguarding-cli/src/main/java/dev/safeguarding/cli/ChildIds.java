package dev.safeguarding.cli;

import java.util.Arrays;

/**
 * The {@code LAchildID} of each child of a file by its position (from 1), held compactly (the characters of
 * all of them in one builder, and where each ends): what names the child of a finding reported only at the end
 * of the file (the first child of a duplicated identifier or UPN), at about 15 bytes a child.
 *
 * <p>Not thread-safe.
 */
final class ChildIds {

    private final StringBuilder characters = new StringBuilder();
    private int[] ends = new int[1024];
    private int size;

    /** Records the identifier of the next child ({@code ""} when it has none). */
    void add(String id) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        characters.append(id);
        ends[size++] = characters.length();
    }

    /** The identifier of the child at {@code position} (from 1); {@code ""} if it had none or is unknown. */
    String at(int position) {
        if (position < 1 || position > size) {
            return "";
        }
        int start = position == 1 ? 0 : ends[position - 2];
        return characters.substring(start, ends[position - 1]);
    }

    /** The number of children recorded. */
    int size() {
        return size;
    }
}
