package org.uglymugs.common.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Seals a value object as JSON with {@link FieldCipher}, and opens it again. */
@ApplicationScoped
public class SealedJson {

    private final FieldCipher cipher;
    private final ObjectMapper json;

    public SealedJson(FieldCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    public byte[] seal(Object value, String context) {
        if (value == null) {
            return null;
        }
        try {
            return cipher.seal(json.writeValueAsString(value), context);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + context, e);
        }
    }

    public <T> T open(byte[] sealed, Class<T> type, String context) {
        if (sealed == null) {
            return null;
        }
        try {
            return json.readValue(cipher.open(sealed, context), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + context, e);
        }
    }
}
