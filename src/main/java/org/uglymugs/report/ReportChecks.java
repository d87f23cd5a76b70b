package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.report.api.ConsentChange;
import org.uglymugs.report.api.Consents;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.IdentifierErrors;
import org.uglymugs.report.api.IdentifierInput;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.IncidentInput;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.ReportSubmission;

/**
 * Every check on reporter input, in one place for the API and the pages: bean validation, then
 * what needs the domain (known area, plausible dates, real phone numbers and emails, contact
 * where a consent needs it). All problems are reported at once; nothing is stored on failure.
 */
@ApplicationScoped
public class ReportChecks {

    /** Reports may come from a time zone ahead of the server's. */
    private static final int FUTURE_DAYS_ALLOWED = 1;

    private static final int YEARS_BACK = 30;

    /** An area id, as areas are configured (area/AreaAdminView). */
    private static final Pattern AREA_ID = Pattern.compile("[a-z0-9-]{1,64}");

    private final InputChecks input;
    private final AreaService areas;
    private final IdentifierNormaliser normaliser;
    private final Clock clock;

    ReportChecks(InputChecks input, AreaService areas, IdentifierNormaliser normaliser, Clock clock) {
        this.clock = clock;
        this.input = input;
        this.areas = areas;
        this.normaliser = normaliser;
    }

    /**
     * In a transaction: the API joins its own (checks and storing share one connection), the page's
     * form gets a short one here. Outside any, Hibernate keeps the area look-up's connection until
     * the request ends while storing takes a second, and 16 concurrent reports waited for the pool.
     */
    @Transactional
    public CheckedSubmission check(ReportSubmission s) {
        List<FieldError> errors = input.errors(s);
        if (s.area() != null
                && !s.area().isBlank()
                && !AREA_ID.matcher(s.area()).matches()) {
            // The pattern first: what is not an area id is never looked up.
            errors.add(new FieldError("area", ErrorCode.UNKNOWN_AREA, "is not one of the configured areas"));
        } else if (s.area() != null && !s.area().isBlank() && !areas.isActive(s.area())) {
            errors.add(new FieldError("area", ErrorCode.UNKNOWN_AREA, "is not one of the configured areas"));
        }
        if (s.occurredAt() != null) {
            checkDate(s.occurredAt().date(), "occurredAt.date", errors);
        }
        List<NormalisedIdentifier> identifiers = identifiers(s.identifiers(), errors);
        ContactDetails contact = contact(s.consents(), s.contact(), errors);
        failOn(errors);
        return new CheckedSubmission(s, identifiers, contact);
    }

    public void check(IncidentInput incident) {
        List<FieldError> errors = input.errors(incident);
        if (incident != null) {
            checkDate(incident.date(), "date", errors);
        }
        failOn(errors);
    }

    /**
     * Checks a new set of consents. Returns the contact to store, or null: then the service keeps
     * the contact it holds if a consent still needs one, and deletes it otherwise.
     */
    public ContactDetails checkConsents(ConsentChange change, boolean contactHeld) {
        List<FieldError> errors = input.errors(change);
        ContactDetails checked = null;
        if (change.consents() != null && !(contactHeld && change.contact() == null)) {
            checked = contact(change.consents(), change.contact(), errors);
        }
        failOn(errors);
        return checked;
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void checkDate(LocalDate date, String field, List<FieldError> errors) {
        if (date == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today.plusDays(FUTURE_DAYS_ALLOWED))) {
            errors.add(new FieldError(field, ErrorCode.IN_FUTURE, "cannot be in the future"));
        } else if (date.isBefore(today.minusYears(YEARS_BACK))) {
            errors.add(new FieldError(field, ErrorCode.TOO_OLD, "cannot be more than " + YEARS_BACK + " years ago"));
        }
    }

    private List<NormalisedIdentifier> identifiers(List<IdentifierInput> inputs, List<FieldError> errors) {
        List<NormalisedIdentifier> out = new ArrayList<>();
        if (inputs == null) {
            return out;
        }
        for (int i = 0; i < inputs.size(); i++) {
            IdentifierInput in = inputs.get(i);
            if (in == null
                    || in.type() == null
                    || in.value() == null
                    || in.value().isBlank()) {
                continue;
            }
            String field = "identifiers[" + i + "]";
            if (IdentifierErrors.lacksPlatform(in.type(), in.platform())) {
                errors.add(IdentifierErrors.platformRequired(field + ".platform"));
                continue;
            }
            Optional<NormalisedIdentifier> normalised = normaliser.normalise(in.type(), in.value(), in.platform());
            if (normalised.isEmpty()) {
                errors.add(IdentifierErrors.invalid(field + ".value", in.type()));
            } else if (!out.contains(normalised.get())) {
                out.add(normalised.get());
            }
        }
        return out;
    }

    /** Contact is kept only where a consent needs it, and then it must reach the person. */
    private ContactDetails contact(Consents consents, ContactDetails contact, List<FieldError> errors) {
        if (consents == null || !consents.needsContact()) {
            return null;
        }
        String phone = blankToNull(contact == null ? null : contact.phone());
        String email = blankToNull(contact == null ? null : contact.email());
        if (phone == null && email == null) {
            errors.add(new FieldError(
                    "contact", "contact_needed", "a phone number or email is needed for the contact you agreed to"));
            return null;
        }
        Optional<String> e164 = phone == null ? Optional.empty() : normaliser.phone(phone);
        Optional<String> mail = email == null ? Optional.empty() : normaliser.email(email);
        if (phone != null && e164.isEmpty()) {
            errors.add(new FieldError("contact.phone", ErrorCode.INVALID_PHONE, "is not a valid phone number"));
        }
        if (email != null && mail.isEmpty()) {
            errors.add(new FieldError("contact.email", ErrorCode.INVALID_EMAIL, "is not a valid email address"));
        }
        return new ContactDetails(
                blankToNull(contact.name()), e164.orElse(null), mail.orElse(null), blankToNull(contact.safeTimes()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
