package org.uglymugs.common.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Seals a value object as JSON with {@link FieldCipher}, bound to its {@link Cell}, and opens it again. */
@ApplicationScoped
public class SealedJson {

    private final FieldCipher cipher;
    private final ObjectMapper json;

    public SealedJson(FieldCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    /** Under the master key. */
    public byte[] seal(Object value, Cell cell) {
        return value == null ? null : cipher.seal(write(value, cell.toString()), cell);
    }

    public <T> T open(byte[] sealed, Class<T> type, Cell cell) {
        return sealed == null ? null : read(cipher.open(sealed, cell), type, cell.toString());
    }

    /** Under a record's own data key. */
    public byte[] seal(Object value, DataKey key, Cell cell) {
        return value == null ? null : cipher.seal(write(value, cell.toString()), key, cell);
    }

    public <T> T open(byte[] sealed, Class<T> type, DataKey key, Cell cell) {
        return sealed == null ? null : read(cipher.open(sealed, key, cell), type, cell.toString());
    }

    /** @deprecated not bound to the row; use {@link #seal(Object, Cell)}. */
    @Deprecated
    public byte[] seal(Object value, String context) {
        return value == null ? null : cipher.seal(write(value, context), context);
    }

    /** @deprecated not bound to the row; use {@link #open(byte[], Class, Cell)}. */
    @Deprecated
    public <T> T open(byte[] sealed, Class<T> type, String context) {
        return sealed == null ? null : read(cipher.open(sealed, context), type, context);
    }

    private String write(Object value, String where) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + where, e);
        }
    }

    private <T> T read(String text, Class<T> type, String where) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + where, e);
        }
    }
}
