package org.uglymugs.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;

@QuarkusTest
class AreaAdminResourceTest {

    static final String ADMIN_AREAS = "/api/v1/admin/areas";
    static final String PUBLIC_AREAS = "/api/v1/areas";
    static final String NAME = "Isle of Testing";
    static final String NEW_NAME = "Isle of Testing and Islands";
    static final String PROBLEM = "application/problem+json";

    @Test
    void anAddedAreaIsOfferedAtOnce() {
        String id = StaffApi.unique("area");
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", NAME))
                .post(ADMIN_AREAS)
                .then()
                .statusCode(201)
                .body("id", equalTo(id))
                .body("name", equalTo(NAME))
                .body("active", equalTo(true));
        given().get(PUBLIC_AREAS).then().statusCode(200).body("find { it.id == '" + id + "' }.name", equalTo(NAME));
        assertEquals(1, audited("AREA_CREATED", id));
    }

    @Test
    void refusesADuplicateOrMalformedId() {
        String id = StaffApi.unique("dup");
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", NAME))
                .post(ADMIN_AREAS)
                .then()
                .statusCode(201);
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Another name"))
                .post(ADMIN_AREAS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].code", equalTo("taken"));
        for (String bad : new String[] {"Upper-Case", "with space", "under_score", "x".repeat(65), ""}) {
            admin().contentType(ContentType.JSON)
                    .body(Map.of("id", bad, "name", NAME))
                    .post(ADMIN_AREAS)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("id"));
        }
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", StaffApi.unique("noname"), "name", " "))
                .post(ADMIN_AREAS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        assertEquals(1, Db.count("select count(*) from area where id = '" + id + "' and name = '" + NAME + "'"));
        assertEquals(0, Db.count("select count(*) from area where id in ('Upper-Case', 'with space', 'under_score')"));
        assertEquals(1, audited("AREA_CREATED", id));
    }

    @Test
    void renamingAndSwitchingOffKeepTheAreaForAdminsOnly() {
        String id = StaffApi.unique("chg");
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", NAME))
                .post(ADMIN_AREAS)
                .then()
                .statusCode(201);
        admin().contentType(ContentType.JSON)
                .body(Map.of("name", NEW_NAME, "active", true))
                .put(ADMIN_AREAS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(NEW_NAME));
        given().get(PUBLIC_AREAS).then().body("find { it.id == '" + id + "' }.name", equalTo(NEW_NAME));

        admin().contentType(ContentType.JSON)
                .body(Map.of("name", NEW_NAME, "active", false))
                .put(ADMIN_AREAS + "/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        given().get(PUBLIC_AREAS).then().statusCode(200).body("id", not(hasItem(id)));
        admin().get(ADMIN_AREAS)
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.active", equalTo(false))
                .body("find { it.id == '" + id + "' }.name", equalTo(NEW_NAME));
        assertEquals(2, audited("AREA_CHANGED", id));

        admin().contentType(ContentType.JSON)
                .body(Map.of("name", NEW_NAME, "active", true))
                .put(ADMIN_AREAS + "/no-such-area")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        admin().contentType(ContentType.JSON)
                .body(Map.of("name", NEW_NAME))
                .put(ADMIN_AREAS + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("active"));
        assertEquals(2, audited("AREA_CHANGED", id));
    }

    @Test
    void onlyAdminsManageAreas() {
        given().get(ADMIN_AREAS).then().statusCode(401);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.MODERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "by-moderator", "name", NAME))
                .post(ADMIN_AREAS)
                .then()
                .statusCode(403);
        assertEquals(0, Db.count("select count(*) from area where id = 'by-moderator'"));
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(StaffApi.token(StaffApi.ADMIN));
    }

    static long audited(String action, String target) {
        return Db.count("select count(*) from audit_entry where action = '" + action + "' and actor = '"
                + StaffApi.ADMIN.username() + "' and target = '" + target + "'");
    }
}
