package org.uglymugs.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;

/** L8: retraction reasons are sealed; those kept in clear before V16 are sealed at start-up. */
@QuarkusTest
class RetractionReasonsTest {

    private static final String SAFE = "Booked an outcall, refused to pay and became violent when asked.";

    /** Reasons written in clear before V16 are sealed at start-up and their clear column emptied. */
    @Test
    void reasonsKeptInClearBeforeV16AreSealed() {
        Filed filed = Desk.file(Fixtures.report());
        long alert = Desk.publishAlert(filed.reference(), SAFE);
        Db.execute(
                "update alert set status = 'RETRACTED', retraction_reason = 'Old reason in clear' where id = " + alert);
        Db.execute("update alert_version set reason = 'Old reason in clear' where alert_id = " + alert);
        io.quarkus.arc.Arc.container().instance(RetractionReasons.class).get().sealInClear();
        assertEquals(
                0,
                Db.count(
                        "select count(*) from alert a join alert_version v on v.alert_id = a.id where a.id = ?"
                                + " and (a.retraction_reason is not null or v.reason is not null"
                                + " or a.retraction_reason_sealed is null or v.reason_sealed is null)",
                        alert));
        Desk.moderator()
                .get("/api/v1/moderation/alerts/" + alert)
                .then()
                .statusCode(200)
                .body("retractionReason", org.hamcrest.Matchers.equalTo("Old reason in clear"))
                .body("history[0].reason", org.hamcrest.Matchers.equalTo("Old reason in clear"));
    }
}
