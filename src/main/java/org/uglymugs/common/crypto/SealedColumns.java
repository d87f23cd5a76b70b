package org.uglymugs.common.crypto;

import java.util.List;

/** A feature's columns sealed under the master key; key rotation collects every implementation. */
public interface SealedColumns {

    List<SealedColumn> sealedColumns();
}
