package org.uglymugs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;

/**
 * The start-up walk over the live reports for the audit pseudonym keys from before V28: a live
 * report's key learns its reference (sealed, so no row holds it in the clear), and a key no live report
 * claims is dropped.
 */
@QuarkusTest
class ReferencesForAuditTest {

    @Inject
    ReferencesForAudit references;

    @Inject
    KeyedHash keyed;

    @Test
    void aLiveReportsKeyLearnsItsReferenceAndAKeyNoReportClaimsIsDropped() {
        String live = Api.submit().reference();
        String none = "QQQQ-" + String.format("%04d", new SecureRandom().nextInt(10_000));
        Db.execute("delete from audit_report_key where reference_hash = " + hash(live));
        for (String reference : List.of(live, none)) {
            byte[] randomKey = new byte[32];
            new SecureRandom().nextBytes(randomKey);
            Db.execute("insert into audit_report_key (reference_hash, pseudonym_key) values (" + hash(reference)
                    + ", decode('" + HexFormat.of().formatHex(randomKey) + "', 'hex'))");
        }

        assertTrue(references.tell() >= 1);

        assertEquals(
                1,
                Db.count("select count(*) from audit_report_key where reference_sealed is not null"
                        + " and secret_sealed is not null and reference_hash = " + hash(live)));
        assertEquals(0, Db.count("select count(*) from audit_report_key where reference_hash = " + hash(none)));
        assertEquals(0, Db.count("select count(*) from audit_report_key where reference_sealed is null"));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_report_key where position(convert_to(?, 'UTF8') in"
                                + " reference_sealed) > 0",
                        live),
                "the reference is kept sealed");
    }

    private String hash(String reference) {
        return "decode('" + HexFormat.of().formatHex(keyed.hash("audit-report-key", reference)) + "', 'hex')";
    }
}
