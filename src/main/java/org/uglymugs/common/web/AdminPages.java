package org.uglymugs.common.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;

/** What the admin forms share: paging that shows its error on the page, and refused changes as field errors. */
public final class AdminPages {

    /** Error codes with a text for the admin forms (staff or common bundle); any other code reads as "invalid". */
    private static final Set<ErrorCode> CODES = Set.of(
            ErrorCode.REQUIRED,
            ErrorCode.TOO_LONG,
            ErrorCode.INVALID,
            ErrorCode.TOO_SHORT,
            ErrorCode.TAKEN,
            ErrorCode.UNKNOWN_AREA,
            ErrorCode.CONFIRM,
            ErrorCode.CHOOSE,
            ErrorCode.PAGE);

    /** The admin forms' fields in page order, with their labels, for the error summary. */
    private static final ErrorSummary.Fields FIELDS = ErrorSummary.ordered(List.of(
            Map.entry("page", ""),
            Map.entry("username", "username"),
            Map.entry("password", "label_password"),
            Map.entry("roles", "label_roles"),
            Map.entry("areas", "label_areas"),
            Map.entry("disable-", ""),
            Map.entry("confirm-", "reset"),
            Map.entry("areas-", "label_areas"),
            Map.entry("id", "label_area_id"),
            Map.entry("name", "label_area_name"),
            Map.entry("name-", "label_area_name"),
            Map.entry("nameNl", "label_area_name_nl"),
            Map.entry("nameNl-", "label_area_name_nl"),
            Map.entry("digest", "label_digest"),
            Map.entry("action", "label_action"),
            Map.entry("from", "label_from"),
            Map.entry("to", "label_to"),
            Map.entry("reason-", "label_reason"),
            Map.entry("status", "label_status")));

    private AdminPages() {}

    /** The error summary of an admin page: each error under its field's label, in the form's order. */
    public static ErrorSummary summary(FormErrors errors) {
        return ErrorSummary.of(errors, FIELDS, "");
    }

    /** The page asked for; a bad page or size shows the first page with an error instead. */
    public static PageRequest paging(String page, String size, FormErrors errors) {
        try {
            return PageRequest.of(page, size);
        } catch (ProblemException e) {
            errors.add("page", ErrorCode.PAGE);
            return PageRequest.of(null, null);
        }
    }

    /** The field errors of a refused change, renamed to the page's field ids. */
    public static void add(FormErrors errors, List<FieldError> found, UnaryOperator<String> field) {
        for (FieldError e : found) {
            errors.add(
                    field.apply(e.field()),
                    ErrorCode.of(e.code()).filter(CODES::contains).orElse(ErrorCode.INVALID));
        }
    }

    /** API field paths to form fields: {@code roles[0]} → {@code roles}. */
    public static String formField(String apiField) {
        int cut = apiField.indexOf('[');
        return cut < 0 ? apiField : apiField.substring(0, cut);
    }

    /** A refused change's field errors, or the exception again when it is not about the input. */
    public static List<FieldError> fieldErrors(ProblemException e) {
        if (e.errors().isEmpty()) {
            throw e;
        }
        return e.errors();
    }
}
