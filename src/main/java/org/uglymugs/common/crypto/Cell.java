package org.uglymugs.common.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a sealed value is stored: its table, column and row (the row's id, or another key of it
 * that never changes). Bound into the ciphertext as AES-GCM associated data, so a value opens only
 * in the cell it was sealed for: copied into another row or column it fails to open.
 */
public record Cell(String table, String column, String row) {

    private static final Pattern NAME = Pattern.compile("[a-z_]{1,63}");

    public Cell {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("a cell names a table and a column: " + table + "." + column);
        }
        Objects.requireNonNull(row, "a sealed value is bound to its row: the row key must be known");
    }

    public static Cell of(String table, String column, Object row) {
        Objects.requireNonNull(row, "a sealed value is bound to its row: assign the row's id before sealing");
        return new Cell(table, column, row.toString());
    }

    /** The associated data: length-prefixed, so no two cells give the same bytes. */
    byte[] associatedData() {
        String text =
                "cell:" + table.length() + ":" + table + column.length() + ":" + column + row.length() + ":" + row;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** For error messages: the table and column, never the row's key or anything it holds. */
    @Override
    public String toString() {
        return table + "." + column;
    }
}
