package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/**
 * The HTML routes answer an error with an error page in the page's language, never problem+json and
 * never the problem's English detail or an exception's message.
 */
@QuarkusTest
class PageErrorsTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/staff/reports/UM-0000-0000, en, 404, Not found",
        "/staff/reports/UM-0000-0000, nl, 404, Niet gevonden",
        "/staff/queue?category=FOO, en, 400, This request could not be handled",
        "/staff/queue?category=FOO, nl, 400, Dit verzoek kon niet worden verwerkt",
        "/staff/queue?size=100000, en, 400, This request could not be handled",
        "/staff/queue?size=100000, nl, 400, Dit verzoek kon niet worden verwerkt",
        "/staff/alerts/999999999, en, 404, Not found",
        "/staff/alerts/999999999, nl, 404, Niet gevonden",
        "/staff/alerts/999999999/edit, nl, 404, Niet gevonden"
    })
    void staffPagesAnswerAnErrorPageInTheirLanguage(String path, String lang, int status, String title) {
        String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
        PageSession.of(StaffApi.MODERATOR)
                .given()
                .get(url)
                .then()
                .statusCode(status)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<html lang=\"" + lang + "\""))
                .body(containsString(title + " <span class=\"status\">(" + status + ")</span>"))
                .body(not(containsString("urn:uglymugs:problem")))
                .body(not(containsString("must be")))
                .body(not(containsString("csrf")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Not allowed", "nl, Niet toegestaan"})
    void aStaffFormWithoutItsCsrfTokenIsAForbiddenPage(String lang, String title) {
        PageSession.of(StaffApi.MODERATOR)
                .given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("lang", lang)
                .post("/staff/reports/UM-0000-0000/claim?lang=" + lang)
                .then()
                .statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, This request could not be handled", "nl, Dit verzoek kon niet worden verwerkt"})
    void reporterPagesToo(String lang, String title) {
        given().get("/report/done?lang=" + lang)
                .then()
                .statusCode(405)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"" + lang + "\""))
                .body(containsString(title));
    }

    /** A refused character in a query parameter of a public page: an error page, not problem+json. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/, en",
        "/subscribe, nl",
        "/subscription, en",
        "/unsubscribe, nl",
        "/alerts, en",
        "/check, nl",
        "/report, en",
        "/help, nl"
    })
    void publicPagesAnswerAControlCharacterWithAnErrorPage(String path, String lang) {
        given().urlEncodingEnabled(false)
                .get(path + "?lang=" + lang + "&token=%01")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"" + lang + "\""))
                .body(containsString(
                        "en".equals(lang)
                                ? "This request could not be handled"
                                : "Dit verzoek kon niet worden verwerkt"))
                .body(not(containsString("urn:uglymugs:problem")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/moderation/reports/UM-0000-0000", "/api/v1/nothing-here"})
    void theApiKeepsProblemJson(String path) {
        given().auth()
                .oauth2(StaffApi.token(StaffApi.MODERATOR))
                .get(path)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
