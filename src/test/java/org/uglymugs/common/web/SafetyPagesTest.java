package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every public page opens with the quick exit and names the deployment's emergency number. */
@QuarkusTest
class SafetyPagesTest {

    static final String EXIT =
            "<a class=\"quick-exit\" id=\"quick-exit\" href=\"https://www.bbc.co.uk/weather\" rel=\"noreferrer\">";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/report?lang=en",
                "/report?lang=nl",
                "/my-report?lang=en",
                "/staying-safe?lang=en",
                "/help?lang=nl",
                "/subscribe?lang=en",
                "/unsubscribe?lang=en",
                "/report/nothing-here?lang=en"
            })
    void theQuickExitIsTheFirstThingToTabTo(String path) {
        String html = given().get(path).then().extract().asString();
        int body = html.indexOf("<body");
        int exit = html.indexOf(EXIT);
        assertTrue(exit > body, path + " has the quick exit");
        assertTrue(html.indexOf("<a ", body) == exit, path + ": the quick exit is the first link of the page");
        assertTrue(html.contains("/staying-safe?lang="), path + " links to the safety advice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, In danger now? Call 999.", "nl, Nu in gevaar? Bel 999."})
    void theReportFormOpensWithTheEmergencyNumber(String lang, String line) {
        String html = given().get("/report?lang=" + lang)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int banner = html.indexOf(line);
        assertTrue(banner > 0 && banner < html.indexOf("<form"), "the emergency line comes before the form");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en, Staying safe while you use this site, Support lines",
        "nl, Veilig blijven terwijl je deze site gebruikt, Hulplijnen"
    })
    void theSafetyAdviceInBothLanguages(String lang, String title, String helpLink) {
        given().get("/staying-safe?lang=" + lang)
                .then()
                .statusCode(200)
                .body(containsString("<h1>" + title + "</h1>"))
                .body(containsString("id=\"screenshots\""))
                .body(containsString("id=\"tor\""))
                .body(containsString(helpLink));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, 24 hours, free", "nl, Dag en nacht, gratis"})
    void theHelpPageListsTheConfiguredLines(String lang, String hours) {
        given().get("/help?lang=" + lang)
                .then()
                .statusCode(200)
                .body(containsString("href=\"tel:08082000247\""))
                .body(containsString("Rape Crisis 24/7 Support Line"))
                .body(containsString(hours))
                .body(not(containsString("Veilig Thuis")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/report", "/help", "/staying-safe"})
    void titlesNameTheSchemeUnlessNeutralTitlesAreOn(String path) {
        given().get(path + "?lang=en").then().body(containsString(" · Ugly Mugs</title>"));
    }
}
