package org.uglymugs.common.crypto;

import java.util.List;

/** A feature's keyed-hash columns; HMAC key rotation collects every implementation. */
public interface HashedColumns {

    List<HashedColumn> hashedColumns();
}
