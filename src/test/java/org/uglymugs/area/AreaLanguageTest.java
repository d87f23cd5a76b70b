package org.uglymugs.area;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** An area's Dutch name, set in the admin form, is shown on Dutch pages; English pages keep the name. */
@QuarkusTest
class AreaLanguageTest {

    private static final String AREAS = "/staff/admin/areas";

    @Test
    void aDutchPageShowsTheDutchNameAndAnEnglishPageTheName() {
        String id = StaffApi.unique("river").toLowerCase().replaceAll("[^a-z0-9-]", "-");
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        admin.form(admin.csrf(AREAS))
                .formParam("id", id)
                .formParam("name", "Riverside " + id)
                .formParam("nameNl", "Rivierkant " + id)
                .post(AREAS)
                .then()
                .statusCode(303);
        assertEquals(
                1, Db.count("select count(*) from area where id = '" + id + "' and name_nl = 'Rivierkant " + id + "'"));

        String dutch = reportForm("nl");
        assertTrue(dutch.contains("Rivierkant " + id), "the Dutch page shows the Dutch name");
        assertFalse(dutch.contains("Riverside " + id), "and not the default name");
        String english = reportForm("en");
        assertTrue(english.contains("Riverside " + id), "the English page shows the name");
        assertFalse(english.contains("Rivierkant " + id), "and not the Dutch one");
        assertTrue(given().get("/subscribe?lang=nl").then().extract().asString().contains("Rivierkant " + id));
        assertTrue(
                admin.given()
                        .get(AREAS + "?lang=en")
                        .then()
                        .extract()
                        .asString()
                        .contains("value=\"Rivierkant " + id + "\""),
                "the admin form shows the Dutch name to change");

        String tooLong = "n".repeat(201);
        String refused = admin.form(admin.csrf(AREAS))
                .formParam("name", "Riverside " + id)
                .formParam("nameNl", tooLong)
                .formParam("active", "true")
                .post(AREAS + "/" + id)
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(refused.contains("<a href=\"#nameNl-" + id + "\">Dutch name: "), "the summary names the field");
        assertTrue(refused.contains("value=\"" + tooLong + "\""), "what was typed is kept");

        admin.form(admin.csrf(AREAS))
                .formParam("name", "Riverside " + id)
                .formParam("nameNl", " ")
                .formParam("active", "true")
                .post(AREAS + "/" + id)
                .then()
                .statusCode(303);
        assertTrue(reportForm("nl").contains("Riverside " + id), "without a Dutch name the name is shown");
        assertEquals(
                3,
                Db.count("select count(*) from audit_entry where action = 'AREA_CHANGED' and target = '" + id + "'"),
                "audited: the Dutch name set on creation, the row saved, the Dutch name cleared");
    }

    private static String reportForm(String lang) {
        return given().get("/report?lang=" + lang)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
