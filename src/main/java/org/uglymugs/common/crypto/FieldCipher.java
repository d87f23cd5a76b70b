package org.uglymugs.common.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for sensitive columns. A sealed value is
 * {@code version(1) | keyIdLength(1) | keyId | iv(12) | ciphertext+tag}; the context (e.g.
 * {@code "report.account"}) is bound as associated data, so a value cannot be moved to another column.
 */
@ApplicationScoped
public class FieldCipher {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    public byte[] seal(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        String keyId = keys.activeKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keyId, iv, context, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
                .put(VERSION)
                .put((byte) id.length)
                .put(id)
                .put(iv)
                .put(sealed)
                .array();
    }

    public String open(byte[] value, String context) {
        if (value == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(value);
        if (in.get() != VERSION) {
            throw new IllegalStateException("unknown ciphertext version in " + context);
        }
        byte[] id = new byte[in.get()];
        in.get(id);
        byte[] iv = new byte[IV_BYTES];
        in.get(iv);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        byte[] plain = run(Cipher.DECRYPT_MODE, new String(id, StandardCharsets.US_ASCII), iv, context, sealed);
        return new String(plain, StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, String keyId, byte[] iv, String context, byte[] input) {
        byte[] key = keys.key(keyId);
        if (key == null) {
            throw new IllegalStateException("no key configured for key id " + keyId + " (" + context + ")");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " " + context, e);
        }
    }
}
