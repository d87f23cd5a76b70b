package org.uglymugs.common.web.form;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of errors at the top of a page: each names its field ("Date: this date is in the future")
 * and they come in the order of the form, so a person can work down it. Keys are of the page's bundle.
 */
public record ErrorSummary(List<Item> items) {

    /** An error: the field's id (for the link), and the message keys of its label (or null) and of the problem. */
    public record Item(String field, String labelKey, String messageKey) {

        private static final Pattern ROW = Pattern.compile("^\\w+\\[(\\d+)]\\..*");

        /** For a field of a numbered row ({@code identifiers[1].value}), the row as people count (2); else 0. */
        public int row() {
            Matcher m = ROW.matcher(field);
            return m.matches() ? Integer.parseInt(m.group(1)) + 1 : 0;
        }
    }

    /** A form's fields in page order, with the label each is shown under. */
    public interface Fields {

        /** The field's place in the form; fields it does not know come last. */
        int position(String field);

        /** The message key of the field's label, or null. */
        String label(String field);
    }

    /**
     * Fields in page order, each with its label key ("" for none); a name ending in '.', '[' or '-' is
     * a group (e.g. {@code identifiers[} or {@code areas-} for a row's fields).
     */
    public static Fields ordered(List<Map.Entry<String, String>> order) {
        return new Fields() {
            @Override
            public int position(String field) {
                for (int i = 0; i < order.size(); i++) {
                    String key = order.get(i).getKey();
                    boolean group = key.endsWith(".") || key.endsWith("[") || key.endsWith("-");
                    if (field.equals(key) || group && field.startsWith(key)) {
                        return i;
                    }
                }
                return order.size();
            }

            @Override
            public String label(String field) {
                int at = position(field);
                String label = at < order.size() ? order.get(at).getValue() : "";
                return label.isEmpty() ? null : label;
            }
        };
    }

    /** The errors of a form; {@code keyPrefix} turns an error's key into the page bundle's ("" or "admin_"). */
    public static ErrorSummary of(FormErrors errors, Fields fields, String keyPrefix) {
        List<Item> items = errors.all().entrySet().stream()
                .map(e -> new Item(e.getKey(), fields.label(e.getKey()), keyPrefix + e.getValue()))
                .sorted(Comparator.comparingInt((Item i) -> fields.position(i.field()))
                        .thenComparing(Item::field))
                .toList();
        return new ErrorSummary(items);
    }

    /** A single error that belongs to the whole form rather than a field (e.g. a refused login). */
    public static ErrorSummary one(String field, String messageKey) {
        return new ErrorSummary(List.of(new Item(field, null, messageKey)));
    }

    public static ErrorSummary none() {
        return new ErrorSummary(List.of());
    }

    public boolean any() {
        return !items.isEmpty();
    }

    /** Whether a field has an error: a page with only a summary shows it beside the field too ({@code #fielderror}). */
    public boolean has(String field) {
        return items.stream().anyMatch(i -> i.field().equals(field));
    }

    /** The message key of the field's first error, or null. */
    public String get(String field) {
        return items.stream()
                .filter(i -> i.field().equals(field))
                .map(Item::messageKey)
                .findFirst()
                .orElse(null);
    }
}
