package org.uglymugs.common.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for sensitive columns. Every sealed value is bound to its {@link Cell} (table, column
 * and row) as associated data, so a value copied into another row or column does not open.
 *
 * <ul>
 *   <li>Under the master key (the configured key ring): {@code 2 | keyIdLength(1) | keyId | iv(12) |
 *       ciphertext+tag}.
 *   <li>Under a record's own {@link DataKey} (crypto-shredding): {@code 3 | iv(12) | ciphertext+tag};
 *       the data key itself is stored {@link #wrap wrapped} by the master key.
 * </ul>
 *
 * Version 1 (the column name alone as associated data) is what the context-string methods still
 * write; the cell methods refuse it.
 */
@ApplicationScoped
public class FieldCipher {

    private static final byte LEGACY = 1;
    private static final byte MASTER = 2;
    private static final byte DATA_KEY = 3;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int DATA_KEY_BYTES = 32;
    /**
     * One cipher object per thread, initialised afresh (key, IV) for every seal and open: looking up
     * the provider for each field was a tenth of a report's sealing. A Cipher is not thread-safe.
     */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no AES-GCM in this JVM", e);
        }
    });

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** Seals under the master key, bound to {@code cell}. */
    public byte[] seal(String plaintext, Cell cell) {
        return plaintext == null
                ? null
                : sealMaster(
                        MASTER, plaintext.getBytes(StandardCharsets.UTF_8), cell.associatedData(), cell.toString());
    }

    /** Opens a value sealed for {@code cell} under the master key; anything else fails with {@link SealBroken}. */
    public String open(byte[] value, Cell cell) {
        return value == null
                ? null
                : new String(openMaster(MASTER, value, cell.associatedData(), cell.toString()), StandardCharsets.UTF_8);
    }

    /** Every configured key id: the ones stored values may name. */
    public Set<String> keyIds() {
        return keys.keyIds();
    }

    /** The key id new values are sealed under. */
    public String activeKeyId() {
        return keys.activeKeyId();
    }

    /**
     * The key id a value sealed under the master key names in its header ({@link #seal(String, Cell)},
     * {@link #wrap}), without opening it; null for null.
     */
    public static String keyIdOf(byte[] value) {
        if (value == null) {
            return null;
        }
        if (value.length < 2 || (value[0] != MASTER && value[0] != LEGACY) || value.length < 2 + value[1]) {
            throw new SealBroken("not a value sealed under the master key");
        }
        return new String(value, 2, value[1], StandardCharsets.US_ASCII);
    }

    /**
     * Key rotation: the same value, sealed for the same {@code cell}, under the active key. A value
     * already under the active key is returned as it is (the same array); one that does not open for
     * {@code cell} fails with {@link SealBroken}, so rotation never launders a value moved between rows.
     */
    public byte[] reseal(byte[] value, Cell cell) {
        if (value == null || keys.activeKeyId().equals(keyIdOf(value))) {
            return value;
        }
        byte[] plain = openMaster(MASTER, value, cell.associatedData(), cell.toString());
        return sealMaster(MASTER, plain, cell.associatedData(), cell.toString());
    }

    /** A fresh random data key for one record. */
    public DataKey newDataKey() {
        byte[] key = new byte[DATA_KEY_BYTES];
        random.nextBytes(key);
        return new DataKey(key);
    }

    /** The data key sealed under the master key, bound to where it is stored. */
    public byte[] wrap(DataKey key, Cell cell) {
        return sealMaster(MASTER, key.bytes(), cell.associatedData(), cell.toString());
    }

    public DataKey unwrap(byte[] wrapped, Cell cell) {
        if (wrapped == null) {
            throw new SealBroken("no data key for " + cell + ": it was destroyed (the record was erased)");
        }
        byte[] key = openMaster(MASTER, wrapped, cell.associatedData(), cell.toString());
        if (key.length != DATA_KEY_BYTES) {
            throw new SealBroken("the data key in " + cell + " has the wrong length");
        }
        return new DataKey(key);
    }

    /** Seals under a record's own data key, bound to {@code cell}. */
    public byte[] seal(String plaintext, DataKey key, Cell cell) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(
                Cipher.ENCRYPT_MODE,
                key.bytes(),
                iv,
                cell.associatedData(),
                plaintext.getBytes(StandardCharsets.UTF_8),
                cell.toString());
        return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                .put(DATA_KEY)
                .put(iv)
                .put(sealed)
                .array();
    }

    public String open(byte[] value, DataKey key, Cell cell) {
        if (value == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(value);
        if (value.length < 1 + IV_BYTES || in.get() != DATA_KEY) {
            throw new SealBroken("cannot open " + cell + ": not sealed under the record's data key");
        }
        byte[] iv = new byte[IV_BYTES];
        in.get(iv);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        return new String(
                run(Cipher.DECRYPT_MODE, key.bytes(), iv, cell.associatedData(), sealed, cell.toString()),
                StandardCharsets.UTF_8);
    }

    /**
     * Seals bound to a column only, not to its row.
     *
     * @deprecated a value sealed this way can be moved between rows unnoticed; use {@link #seal(String, Cell)}.
     */
    @Deprecated
    public byte[] seal(String plaintext, String context) {
        return plaintext == null
                ? null
                : sealMaster(
                        LEGACY,
                        plaintext.getBytes(StandardCharsets.UTF_8),
                        context.getBytes(StandardCharsets.UTF_8),
                        context);
    }

    /** @deprecated see {@link #seal(String, String)}; use {@link #open(byte[], Cell)}. */
    @Deprecated
    public String open(byte[] value, String context) {
        return value == null
                ? null
                : new String(
                        openMaster(LEGACY, value, context.getBytes(StandardCharsets.UTF_8), context),
                        StandardCharsets.UTF_8);
    }

    private byte[] sealMaster(byte version, byte[] plain, byte[] aad, String where) {
        String keyId = keys.activeKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, masterKey(keyId, where), iv, aad, plain, where);
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
                .put(version)
                .put((byte) id.length)
                .put(id)
                .put(iv)
                .put(sealed)
                .array();
    }

    private byte[] openMaster(byte version, byte[] value, byte[] aad, String where) {
        ByteBuffer in = ByteBuffer.wrap(value);
        byte found = in.get();
        if (found != version) {
            throw new SealBroken("cannot open " + where + ": sealed in format " + found + ", expected " + version
                    + (found == LEGACY ? " (not bound to its row)" : ""));
        }
        try {
            byte[] id = new byte[in.get()];
            in.get(id);
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            String keyId = new String(id, StandardCharsets.US_ASCII);
            return run(Cipher.DECRYPT_MODE, masterKey(keyId, where), iv, aad, sealed, where);
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new SealBroken("cannot open " + where + ": truncated");
        }
    }

    private byte[] masterKey(String keyId, String where) {
        byte[] key = keys.key(keyId);
        if (key == null) {
            throw new IllegalStateException("no key configured for key id " + keyId + " (" + where + ")");
        }
        return key;
    }

    private static byte[] run(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input, String where) {
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SealBroken("cannot open " + where + ": it was sealed for another row or column, or altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " " + where, e);
        }
    }
}
