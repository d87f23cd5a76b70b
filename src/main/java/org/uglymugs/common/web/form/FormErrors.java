package org.uglymugs.common.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;

/**
 * Field errors for a page: form field name → message-bundle key ({@code error_<code>}), so each
 * error is shown, translated, next to its field. Form field names are the API's field paths.
 */
public final class FormErrors {

    private final Map<String, String> keys = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(List<FieldError> errors) {
        FormErrors out = new FormErrors();
        errors.forEach(out::add);
        return out;
    }

    public void add(FieldError error) {
        keys.putIfAbsent(error.field(), "error_" + error.code());
    }

    public void add(String field, ErrorCode code) {
        keys.putIfAbsent(field, "error_" + code.code());
    }

    /** An API field's error under the form field that holds it (e.g. {@code alert.title} → {@code title}). */
    public void add(String field, FieldError error) {
        keys.putIfAbsent(field, "error_" + error.code());
    }

    public boolean any() {
        return !keys.isEmpty();
    }

    public boolean has(String field) {
        return keys.containsKey(field);
    }

    /** The message key of the first error on this field, or null. */
    public String get(String field) {
        return keys.get(field);
    }

    public Map<String, String> all() {
        return keys;
    }

    /** Renames fields, e.g. {@code identifiers[1]} → {@code identifiers[3]} when blank rows were skipped. */
    public FormErrors renamed(Map<String, String> prefixes) {
        FormErrors out = new FormErrors();
        keys.forEach((field, key) -> {
            String renamed = field;
            for (Map.Entry<String, String> p : prefixes.entrySet()) {
                if (field.startsWith(p.getKey() + ".") || field.equals(p.getKey())) {
                    renamed = p.getValue() + field.substring(p.getKey().length());
                    break;
                }
            }
            out.keys.putIfAbsent(renamed, key);
        });
        return out;
    }
}
