package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A Dutch deployment: its own exit address, neutral titles and the shipped Dutch support lines. */
@QuarkusTest
@TestProfile(NeutralDeploymentTest.Dutch.class)
class NeutralDeploymentTest {

    public static class Dutch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "uglymugs.pages.quick-exit", "https://www.knmi.nl/",
                    "uglymugs.pages.neutral-titles", "true",
                    "uglymugs.pages.help-lines", "classpath:help/nl.properties");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/report?lang=nl, Notities", "/my-report?lang=en, Notes", "/help?lang=nl, Notities"})
    void titlesAreNeutral(String path, String title) {
        given().get(path)
                .then()
                .body(containsString("<title>" + title + "</title>"))
                .body(containsString("href=\"https://www.knmi.nl/\""))
                .body(not(containsString("Safety advice titles")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nl, Nu in gevaar? Bel 112., Dag en nacht, gratis", "en, In danger now? Call 112., 24 hours, free"})
    void theDutchLinesInEitherLanguage(String lang, String danger, String hours) {
        given().get("/help?lang=" + lang)
                .then()
                .statusCode(200)
                .body(containsString("href=\"tel:08002000\""))
                .body(containsString("Centrum Seksueel Geweld"))
                .body(containsString(hours))
                .body(not(containsString("Samaritans")));
        given().get("/report?lang=" + lang).then().body(containsString(danger));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void theAdviceNoLongerOffersNeutralTitles(String lang) {
        given().get("/staying-safe?lang=" + lang).then().statusCode(200).body(not(containsString("id=\"titles\"")));
    }
}
