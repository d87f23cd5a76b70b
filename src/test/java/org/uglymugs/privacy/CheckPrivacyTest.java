package org.uglymugs.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.Subscribers;

/** What a worker checks leaves no trace: not in the log, not in any table, not even as its keyed hash. */
@QuarkusTest
class CheckPrivacyTest {

    private static final Path APPLICATION_LOG = Path.of("target", "quarkus-test.log");

    GreenMail mail;

    @Inject
    IdentifierNormaliser normaliser;

    @Inject
    Reports reports;

    @Test
    void theCheckedValueIsNeitherLoggedNorStoredInAnyForm() throws IOException {
        String area = Desk.newArea("trace");
        String token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("trace"), area));
        String name = "Zebulon " + StaffApi.unique("Quist");
        String phone = "07400 " + Checks.digits();
        String email = "Probe." + StaffApi.unique("x") + "@Example.ORG";

        Checks.check(token, "NAME", "  " + name.toUpperCase() + " ").statusCode(200);
        Checks.check(token, "PHONE", phone).statusCode(200);
        Checks.check(token, "EMAIL", email).statusCode(200);
        Checks.check(token, "EMAIL", email + " is not an address").statusCode(400);
        given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("type", "NAME")
                .formParam("value", name)
                .post("/check/answer")
                .then()
                .statusCode(200);

        List<String> traces = new ArrayList<>(List.of(name, name.toUpperCase(), phone, email));
        traces.addAll(forms(IdentifierType.NAME, name));
        traces.addAll(forms(IdentifierType.PHONE, phone));
        traces.addAll(forms(IdentifierType.EMAIL, email));

        String log = Files.readString(APPLICATION_LOG, StandardCharsets.UTF_8);
        List<String> rows = Db.allRowsAsText();
        for (String trace : traces) {
            assertFalse(log.contains(trace), "the application log holds a checked value: " + trace);
            assertTrue(rows.stream().noneMatch(r -> r.contains(trace)), "a table holds a checked value: " + trace);
        }
    }

    /** The normalised value and its keyed hash as PostgreSQL prints a bytea. */
    private List<String> forms(IdentifierType type, String value) {
        NormalisedIdentifier normalised =
                normaliser.normalise(type, value, null).orElseThrow();
        return List.of(normalised.value(), "\\x" + HexFormat.of().formatHex(reports.matchHash(normalised)));
    }
}
