package org.uglymugs.common.crypto;

/**
 * A data key of its own for one record (a report): the record's sealed values open only with it,
 * and it is stored only wrapped by the master key ({@link FieldCipher#wrap}). Destroying the wrapped
 * key makes every copy of the record's ciphertext, in backups too, unreadable: crypto-shredding.
 */
public final class DataKey {

    private final byte[] key;

    DataKey(byte[] key) {
        this.key = key.clone();
    }

    byte[] bytes() {
        return key;
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
