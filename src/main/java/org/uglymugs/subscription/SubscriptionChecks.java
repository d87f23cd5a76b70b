package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.subscription.api.Preferences;
import org.uglymugs.subscription.api.SubscriptionRequest;

/** Bean validation plus what it cannot know: real areas, a deliverable-looking address. */
@ApplicationScoped
public class SubscriptionChecks {

    private static final Pattern EMAIL = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    private final InputChecks input;
    private final AreaService areas;

    public SubscriptionChecks(InputChecks input, AreaService areas) {
        this.input = input;
        this.areas = areas;
    }

    /** The normalised address (trimmed, lower-cased), or a 400 naming every bad field. */
    public String check(SubscriptionRequest request) {
        List<FieldError> errors = input.errors(request);
        Optional<String> normalised = normalise(request.email());
        if (normalised.isEmpty() && noErrorOn(errors, "email")) {
            errors.add(new FieldError("email", ErrorCode.INVALID, "is not a valid email address"));
        }
        check(errors, request.preferences());
        return normalised.orElseThrow();
    }

    public void check(Preferences preferences) {
        check(input.errors(preferences), preferences);
    }

    private void check(List<FieldError> errors, Preferences preferences) {
        if (preferences.areas() != null && noErrorOn(errors, "areas")) {
            boolean unknown = preferences.areas().stream().anyMatch(a -> a == null || !areas.isActive(a));
            if (unknown) {
                errors.add(new FieldError(
                        "areas", ErrorCode.UNKNOWN_AREA, "names an area that is not one of the active areas"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static Optional<String> normalise(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        return e.length() <= 254 && EMAIL.matcher(e).matches() ? Optional.of(e) : Optional.empty();
    }

    private static boolean noErrorOn(List<FieldError> errors, String field) {
        return errors.stream().noneMatch(e -> e.field().startsWith(field));
    }
}
