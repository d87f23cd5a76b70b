package org.uglymugs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;

/**
 * The bad-input corpus: every operation of {@code openapi/openapi.json} with a JSON body gets, for
 * every field it names (nested objects and list items too), wrong types, control and bidi
 * characters, unknown enum values and enum positions, over-long values, and (with a required field
 * left out, so the body can never be valid) nulls and empty values; every body gets extra and
 * duplicate keys, deep nesting and malformed JSON; every path and query parameter gets control and
 * bidi characters and wrong types. Each answer must be a 4xx problem+json without a stack trace or
 * the input, and no table of the public schema may gain or lose a row.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final Logger LOG = Logger.getLogger(BadInputCorpusTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "EchoMarker7Qz";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> CONTROLS =
            List.of(MARKER + "\u0000", "\u202e" + MARKER, MARKER + "\u0007\u001b[2J", MARKER + "\u2066x\u2069");
    /** In body fields, NUL and a bidi override (each string field; parameters get all of CONTROLS). */
    private static final List<String> FIELD_CONTROLS = List.of(MARKER + "\u0000", "\u202e" + MARKER);

    private static final int MIN_CASES = 500;
    private static final int NESTING = 5_000;
    private static final int MAX_DEPTH = 3;

    private JsonNode spec;
    private final List<String> failures = new ArrayList<>();
    private int cases;
    private String reference;
    private String receipt;
    private Map<String, String> tokens;
    private String rowCountsSql;
    /** The row counts after the last case: the "before" of the next. */
    private String counts;

    /** One request of the corpus: what it is called, and how it is sent. */
    private record Case(String name, Function<RequestSpecification, Response> send) {}

    @Test
    void everyOperationRefusesEveryBadInputWithAProblemAndChangesNoRow() throws IOException {
        spec = JSON.readTree(Path.of("openapi/openapi.json").toFile());
        Api.Submitted report = Api.submit();
        reference = report.reference();
        receipt = report.receipt();
        tokens = Map.of(
                "/api/v1/admin", StaffApi.token(StaffApi.ADMIN),
                "/api/v1/moderation", StaffApi.token(StaffApi.MODERATOR),
                "/api/v1/liaison", StaffApi.token(StaffApi.LIAISON),
                "/api/v1/auth", StaffApi.token(StaffApi.MODERATOR));
        rowCountsSql = rowCountsSql();
        counts = awaitQuiet();

        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                for (Case c : casesOf(method, path.getKey(), operation.getValue())) {
                    run(method, path.getKey(), c);
                }
            }
        }
        LOG.infof("Bad-input corpus: %d cases over the operations of openapi/openapi.json", cases);
        assertTrue(cases >= MIN_CASES, "at least " + MIN_CASES + " cases, was " + cases);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases + " cases failed:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private List<Case> casesOf(String method, String path, JsonNode operation) {
        List<Case> out = new ArrayList<>();
        out.addAll(parameterCases(method, path, operation));
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (schema.isMissingNode()) {
            return out;
        }
        JsonNode resolved = resolve(schema);
        JsonNode base = example(resolved, 0);
        String url = concrete(path);
        for (Map.Entry<String, JsonNode> field : fields(resolved, "", 0).entrySet()) {
            out.addAll(fieldCases(url, base, resolved, field.getKey(), field.getValue()));
        }
        out.addAll(bodyCases(url, base, resolved));
        return out;
    }

    /** Control and bidi characters and wrong types in every path and query parameter. */
    private List<Case> parameterCases(String method, String path, JsonNode operation) {
        List<Case> out = new ArrayList<>();
        for (JsonNode param : operation.path("parameters")) {
            String in = param.path("in").asText();
            String name = param.path("name").asText();
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            List<String> values = new ArrayList<>(CONTROLS);
            String type = resolve(param.path("schema")).path("type").asText();
            if (type.equals("integer") || type.equals("number")) {
                values.add(MARKER);
            }
            for (String value : values) {
                String label = in + " " + name + "=" + printable(value);
                if (in.equals("path")) {
                    String url = concrete(path.replace("{" + name + "}", "{bad}"));
                    out.add(new Case(label, r -> r.pathParam("bad", value).request(method, url)));
                } else {
                    String url = concrete(path);
                    out.add(new Case(label, r -> r.queryParam(name, value).request(method, url)));
                }
            }
        }
        return out;
    }

    /** The bad values of one field: each case is invalid whatever the rest of the body holds. */
    private List<Case> fieldCases(String url, JsonNode base, JsonNode schema, String field, JsonNode fieldSchema) {
        List<Case> out = new ArrayList<>();
        String type = fieldSchema.path("type").asText();
        List<JsonNode> wrong = new ArrayList<>();
        if (fieldSchema.has("enum")) {
            wrong.add(NODES.numberNode(0));
            wrong.add(NODES.textNode("0"));
            wrong.add(NODES.textNode("NOT_A_VALUE_" + MARKER));
            wrong.add(NODES.booleanNode(true));
        } else if (type.equals("string")) {
            wrong.add(NODES.numberNode(12345));
            wrong.add(NODES.booleanNode(true));
            wrong.add(NODES.objectNode().put("x", MARKER));
            FIELD_CONTROLS.forEach(c -> wrong.add(NODES.textNode(c)));
            if (fieldSchema.has("maxLength")) {
                wrong.add(NODES.textNode(
                        MARKER + "x".repeat(fieldSchema.get("maxLength").asInt())));
            }
            if (fieldSchema.has("format")) {
                wrong.add(NODES.textNode("not-a-" + fieldSchema.get("format").asText() + MARKER));
            }
        } else if (type.equals("boolean")) {
            wrong.add(NODES.numberNode(1));
            wrong.add(NODES.numberNode(0));
            wrong.add(NODES.textNode("true"));
            wrong.add(NODES.textNode("yes" + MARKER));
        } else if (type.equals("integer") || type.equals("number")) {
            wrong.add(NODES.textNode("1"));
            wrong.add(NODES.booleanNode(true));
            wrong.add(NODES.textNode(MARKER));
        } else if (type.equals("array")) {
            wrong.add(NODES.textNode(MARKER));
            wrong.add(NODES.objectNode().put("x", MARKER));
            wrong.add(NODES.numberNode(7));
            if (fieldSchema.has("maxItems")) {
                ArrayNode many = NODES.arrayNode();
                JsonNode item = example(resolve(fieldSchema.path("items")), MAX_DEPTH);
                for (int i = 0; i <= fieldSchema.get("maxItems").asInt(); i++) {
                    // Distinct items: a set would fold copies into one.
                    if (item.isTextual()) {
                        many.add(item.asText() + " " + i);
                    } else if (item.isNumber()) {
                        many.add(i + 1);
                    } else {
                        many.add(item.deepCopy());
                    }
                }
                wrong.add(many);
            }
        } else if (type.equals("object")) {
            wrong.add(NODES.textNode(MARKER));
            wrong.add(NODES.numberNode(7));
            wrong.add(NODES.arrayNode().add(MARKER));
        }
        for (JsonNode value : wrong) {
            JsonNode body = with(base, field, value);
            out.add(json(url, field + "=" + printable(value.toString()), body.toString()));
        }
        // Null and empty are allowed for many fields: sent only with a required field left out.
        String required = firstRequired(schema, field);
        if (required != null) {
            List<JsonNode> maybeValid = new ArrayList<>(List.of(NODES.nullNode()));
            if (type.equals("string") && !fieldSchema.has("enum")) {
                maybeValid.add(NODES.textNode(""));
                maybeValid.add(NODES.textNode("   "));
            }
            if (type.equals("array")) {
                maybeValid.add(NODES.arrayNode());
            }
            if (type.equals("object")) {
                maybeValid.add(NODES.objectNode());
            }
            for (JsonNode value : maybeValid) {
                ObjectNode body = (ObjectNode) with(base, field, value);
                body.remove(required);
                out.add(json(url, field + "=" + value + " without " + required, body.toString()));
            }
        }
        return out;
    }

    /** Whole-body cases: extra and duplicate keys, deep nesting, malformed JSON, the wrong media type. */
    private List<Case> bodyCases(String url, JsonNode base, JsonNode schema) {
        List<Case> out = new ArrayList<>();
        String valid = base.toString();
        if (base instanceof ObjectNode object) {
            ObjectNode extra = object.deepCopy();
            extra.put("unexpectedField", MARKER);
            out.add(json(url, "extra property", extra.toString()));
            ObjectNode nestedExtra = object.deepCopy();
            Iterator<Map.Entry<String, JsonNode>> it = nestedExtra.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue() instanceof ObjectNode inner) {
                    inner.put("unexpectedField", MARKER);
                    out.add(json(url, "extra property in " + e.getKey(), nestedExtra.toString()));
                    break;
                }
            }
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String twice = "{\"" + name + "\":" + object.get(name) + "," + valid.substring(1);
                out.add(json(url, "duplicate key " + name, twice));
            }
        }
        out.add(json(url, "deep nesting", "[".repeat(NESTING) + "]".repeat(NESTING)));
        out.add(json(url, "deep object nesting", "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING)));
        for (String malformed : List.of(
                "",
                "{",
                valid.substring(0, valid.length() / 2),
                valid + "}",
                valid + " " + valid,
                "not json " + MARKER,
                "[]",
                "null",
                "\"" + MARKER + "\"",
                "12345",
                "{'single': 'quotes'}",
                valid.replaceFirst("\"", ""),
                "{\"a\":1,}",
                "\u0000" + valid)) {
            out.add(json(
                    url,
                    "malformed " + printable(malformed.length() > 40 ? malformed.substring(0, 40) : malformed),
                    malformed));
        }
        out.add(new Case(
                "wrong media type",
                r -> r.contentType("text/plain").body(MARKER).request(method(url), url)));
        return out;
    }

    private Case json(String url, String name, String body) {
        return new Case(
                name,
                r -> r.contentType("application/json; charset=UTF-8").body(body).request(method(url), url));
    }

    private final Map<String, String> methods = new LinkedHashMap<>();

    private String method(String url) {
        return methods.get(url);
    }

    private void run(String method, String path, Case c) {
        String url = concrete(path);
        methods.put(url, method);
        cases++;
        String label = method + " " + path + " [" + c.name() + "]";
        String before = counts;
        Response response = send(c, authorised(path), label);
        if (response == null) {
            return;
        }
        int status = response.statusCode();
        String body = response.asString();
        String type = response.contentType();
        if (status < 400 || status >= 500) {
            failures.add(label + ": status " + status);
        } else if (type == null || !type.startsWith(PROBLEM_JSON)) {
            failures.add(label + ": " + status + " as " + type);
        }
        if (body.contains(MARKER)) {
            failures.add(label + ": the input is echoed");
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.uglymugs.")) {
            failures.add(label + ": a stack trace or class name in the answer");
        }
        String after = Db.strings(rowCountsSql).get(0);
        counts = after;
        if (!before.equals(after)) {
            // A scheduled job (retention, clean-ups) may have written meanwhile: once quiet, the case again.
            String quiet = awaitQuiet();
            Response again = send(c, authorised(path), label);
            String afterAgain = Db.strings(rowCountsSql).get(0);
            counts = afterAgain;
            if (again != null && !quiet.equals(afterAgain)) {
                failures.add(label + ": rows changed " + quiet + " -> " + afterAgain);
            }
        }
    }

    /** A request with the credentials the operation's door asks for (a staff token, a receipt). */
    private RequestSpecification authorised(String path) {
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(true);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            if (path.startsWith(token.getKey())) {
                request.auth().oauth2(token.getValue());
            }
        }
        if (path.startsWith("/api/v1/my-report")) {
            request.header("X-Receipt", receipt);
        }
        if (path.startsWith("/api/v1/alerts")
                || path.startsWith("/api/v1/subscriptions/me")
                || path.startsWith("/api/v1/checks")) {
            request.header("X-Manage-Token", "corpus-" + MARKER);
        }
        return request;
    }

    private Response send(Case c, RequestSpecification request, String label) {
        try {
            return c.send().apply(request);
        } catch (RuntimeException e) {
            failures.add(
                    label + ": the client could not send it: " + e.getClass().getSimpleName());
            return null;
        }
    }

    /** The operation's path with its parameters filled with plausible values (a real report). */
    private String concrete(String path) {
        return path.replace("{reference}", reference).replace("{id}", "1").replace("/sheet.pdf", "/sheet.pdf");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        if (current.has("$ref")) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            ObjectNode merged = ((ObjectNode) spec.at("/components/schemas/" + name)).deepCopy();
            current.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.putIfAbsent(e.getKey(), e.getValue());
                }
            });
            current = merged;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            ObjectNode merged = ((ObjectNode) resolve(current.get("allOf").get(0))).deepCopy();
            current.fields().forEachRemaining(e -> merged.putIfAbsent(e.getKey(), e.getValue()));
            merged.remove("allOf");
            current = merged;
        }
        return current;
    }

    /** Every field of a schema by its path ({@code consents.alertOthers}, {@code identifiers[0].value}). */
    private Map<String, JsonNode> fields(JsonNode schema, String prefix, int depth) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = prefix + property.getKey();
            JsonNode resolved = resolve(property.getValue());
            out.put(name, resolved);
            if (resolved.path("type").asText().equals("object")) {
                out.putAll(fields(resolved, name + ".", depth + 1));
            }
            if (resolved.path("type").asText().equals("array")) {
                JsonNode item = resolve(resolved.path("items"));
                if (item.path("type").asText().equals("object")) {
                    out.putAll(fields(item, name + "[0].", depth + 1));
                }
            }
        }
        return out;
    }

    /** A plausible value for a schema (it need not pass the domain checks). */
    private JsonNode example(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText();
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode out = NODES.objectNode();
                if (depth <= MAX_DEPTH) {
                    schema.path("properties")
                            .fields()
                            .forEachRemaining(p -> out.set(p.getKey(), example(resolve(p.getValue()), depth + 1)));
                }
                return out;
            }
            case "array" -> {
                return NODES.arrayNode().add(example(resolve(schema.path("items")), depth + 1));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            default -> {
                return switch (format) {
                    case "date" -> NODES.textNode(LocalDate.now().minusDays(2).toString());
                    case "local-time" -> NODES.textNode("22:00");
                    case "date-time" -> NODES.textNode("2025-01-01T10:00:00Z");
                    default ->
                        schema.path("type").asText().isEmpty()
                                ? NODES.textNode("22:00:00")
                                : NODES.textNode("corpus value");
                };
            }
        }
    }

    /** The body with one field, given by its path, set to a value. */
    private static JsonNode with(JsonNode base, String field, JsonNode value) {
        JsonNode body = base.deepCopy();
        String[] parts = field.split("\\.");
        JsonNode node = body;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean indexed = part.endsWith("[0]");
            String name = indexed ? part.substring(0, part.length() - 3) : part;
            boolean last = i == parts.length - 1;
            if (!(node instanceof ObjectNode object)) {
                return body;
            }
            if (last && !indexed) {
                object.set(name, value);
                return body;
            }
            JsonNode next = object.get(name);
            if (indexed) {
                if (!(next instanceof ArrayNode array) || array.isEmpty()) {
                    return body;
                }
                next = array.get(0);
            }
            node = next;
        }
        return body;
    }

    /** A required top-level field other than the one changed (or its parent), or null. */
    private static String firstRequired(JsonNode schema, String field) {
        String top = field.split("[.\\[]")[0];
        for (JsonNode required : schema.path("required")) {
            if (!required.asText().equals(top)) {
                return required.asText();
            }
        }
        return null;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(60).forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x206f)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** One query giving the row count of every table of the public schema, as one text. */
    private static String rowCountsSql() {
        StringBuilder sql = new StringBuilder("select concat_ws(',', ");
        List<String> tables = Db.tables();
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i > 0 ? ", " : "")
                    .append("'")
                    .append(tables.get(i))
                    .append("=' || (select count(*) from \"")
                    .append(tables.get(i))
                    .append("\")");
        }
        return sql.append(")").toString();
    }

    /** Waits until background work (mail fan-out, clean-ups) has left the tables alone for a moment. */
    private String awaitQuiet() {
        String[] last = {Db.strings(rowCountsSql).get(0)};
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String now = Db.strings(rowCountsSql).get(0);
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
        return last[0];
    }
}
