package org.uglymugs.common.web.form;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.InputText;
import org.uglymugs.common.error.ProblemException;

/** A submitted page form, kept as typed so a page with errors shows the person's input again. */
public final class FormValues {

    private final MultivaluedMap<String, String> values;
    private final List<FieldError> forbidden;

    /**
     * A form whose every field passes {@link InputText}: a refused character is a 400 naming the
     * field before the page does anything else.
     */
    public FormValues(MultivaluedMap<String, String> values) {
        this(values, false);
    }

    private FormValues(MultivaluedMap<String, String> values, boolean keep) {
        this.values = values == null ? new MultivaluedHashMap<>() : values;
        this.forbidden = forbiddenFields(this.values);
        if (!keep && !forbidden.isEmpty()) {
            throw ProblemException.invalid(forbidden);
        }
    }

    /**
     * A form that keeps refused characters so that the page can show the form again with the error
     * next to the field ({@link #forbidden()}) and nothing the person typed lost.
     */
    public static FormValues keeping(MultivaluedMap<String, String> values) {
        return new FormValues(values, true);
    }

    /** The fields holding a character {@link InputText} refuses; the page must refuse the form then. */
    public List<FieldError> forbidden() {
        return forbidden;
    }

    private static List<FieldError> forbiddenFields(MultivaluedMap<String, String> values) {
        List<FieldError> out = new ArrayList<>();
        values.forEach((name, all) -> {
            if (InputText.forbidden(name)) {
                out.add(InputText.error("form"));
            } else if (all != null && all.stream().anyMatch(InputText::forbidden)) {
                out.add(InputText.error(name));
            }
        });
        return List.copyOf(out);
    }

    public static FormValues empty() {
        return new FormValues(null);
    }

    /** The value as typed, or "" (templates escape it). */
    public String v(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value;
    }

    public boolean checked(String name, String value) {
        List<String> all = values.get(name);
        return all != null && all.contains(value);
    }

    public boolean on(String name) {
        return checked(name, "true");
    }

    /** The names of the fields sent. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Sets a field's value, e.g. an identifier's kind the page recognised from its value. */
    public void set(String name, String value) {
        values.putSingle(name, value);
    }

    public List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all;
    }

    public String text(String name) {
        String value = v(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** Tri-state answers: "yes", "no", or anything else for "don't know". */
    public Boolean answer(String name) {
        return switch (v(name)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    public LocalDate date(String name, FormErrors errors) {
        return parse(name, LocalDate::parse, errors);
    }

    public LocalTime time(String name, FormErrors errors) {
        return parse(name, LocalTime::parse, errors);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, FormErrors errors) {
        return parse(name, v -> Enum.valueOf(type, v), errors);
    }

    private <T> T parse(String name, Function<String, T> parser, FormErrors errors) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.add(name, ErrorCode.INVALID);
            return null;
        }
    }
}
