package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.util.Map;

/** Calls of the reporter API that tests repeat: submit a report, come back with its receipt. */
public final class Api {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RECEIPT_CHARS = 32;
    private static final int RECEIPT_GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Api() {}

    /** What a submission answered: the public reference and the secret receipt. */
    public record Submitted(String reference, String receipt) {}

    public static Submitted submit(Map<String, Object> body) {
        var json = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(Fixtures.REPORTS_PATH)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Submitted(json.getString("reference"), json.getString("receipt"));
    }

    public static Submitted submit() {
        return submit(Fixtures.report());
    }

    /** A request carrying this receipt in the {@code X-Receipt} header (none when null). */
    public static RequestSpecification withReceipt(String receipt) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return receipt == null ? spec : spec.header(Fixtures.RECEIPT_HEADER, receipt);
    }

    /** A receipt in the right format that no report was ever given (2^160 possibilities). */
    public static String randomReceipt() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < RECEIPT_CHARS; i++) {
            if (i > 0 && i % RECEIPT_GROUP == 0) {
                out.append('-');
            }
            out.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
        }
        return out.toString();
    }
}
