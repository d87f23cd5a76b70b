package org.uglymugs.report.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wherever a reporter can land, an HTML page in her language with the quick exit and a way back. */
@QuarkusTest
class ReporterErrorPagesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "/report/test-fault/403, en, 403, Not allowed",
        "/report/test-fault/404, nl, 404, Niet gevonden",
        "/report/test-fault/405, en, 405, This request could not be handled",
        "/report/test-fault/409, nl, 409, Dit kan nu niet",
        "/report/test-fault/500, en, 500, Something went wrong",
        "/report/test-fault/500, nl, 500, Er ging iets mis",
        "/report/no-such-page, en, 404, Not found",
        "/my-report/no-such-page, nl, 404, Niet gevonden",
        "/help/no-such-page, en, 404, Not found",
        "/report/done, nl, 405, Dit verzoek kon niet worden verwerkt"
    })
    void everyErrorIsAnHtmlPageWithAWayBack(String path, String lang, int status, String title) {
        given().get(path + "?lang=" + lang)
                .then()
                .statusCode(status)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"" + lang + "\""))
                .body(containsString(title))
                .body(containsString("id=\"quick-exit\""))
                .body(containsString("href=\"/report?lang=" + lang + "\""))
                .body(not(containsString("urn:uglymugs:problem")))
                .body(not(containsString("planted")));
    }
}
