package org.uglymugs.report.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.Consents;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.HowLong;
import org.uglymugs.report.api.IdentifierInput;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.Limits;
import org.uglymugs.report.api.OccurredAt;
import org.uglymugs.report.api.PerpetratorDescription;
import org.uglymugs.report.api.ReportSubmission;
import org.uglymugs.report.api.RiskAnswers;
import org.uglymugs.report.api.Setting;
import org.uglymugs.report.api.ThreatsMade;

/**
 * Reads the /report form into the same {@link ReportSubmission} the API takes. Field names in the
 * form are the API's field paths ({@code description.hair}, {@code identifiers[2].value}), so the
 * service's field errors land next to the right inputs.
 */
final class ReportForm {

    private static final String UNVERIFIED = "error_unverified_phone";

    private final FormValues form;
    private final PhoneRegions.Reader phones;
    private final FormErrors parseErrors = FormErrors.none();
    /** API index of each filled identifier row → the form row it came from. */
    private final Map<String, String> identifierRows = new LinkedHashMap<>();

    ReportForm(FormValues form, PhoneRegions.Reader phones) {
        this.form = form;
        this.phones = phones;
    }

    FormErrors parseErrors() {
        return parseErrors;
    }

    /** Maps the service's {@code identifiers[k]} back to the form row the person filled in. */
    FormErrors toFormFields(FormErrors serviceErrors) {
        return serviceErrors.renamed(identifierRows);
    }

    ReportSubmission submission(String language) {
        List<Category> categories = new ArrayList<>();
        for (String value : form.all("categories")) {
            try {
                categories.add(Category.valueOf(value));
            } catch (IllegalArgumentException e) {
                parseErrors.add("categories", ErrorCode.INVALID);
            }
        }
        OccurredAt occurredAt = new OccurredAt(
                form.date("occurredAt.date", parseErrors),
                form.time("occurredAt.from", parseErrors),
                form.time("occurredAt.to", parseErrors));
        return new ReportSubmission(
                categories,
                form.text("account"),
                occurredAt,
                form.text("area"),
                form.choice("setting", Setting.class, parseErrors),
                form.text("locationText"),
                description(),
                identifiers(),
                risk(),
                consents(form, "consents."),
                inRegion(contact(form)),
                language);
    }

    private PerpetratorDescription description() {
        String p = "description.";
        return new PerpetratorDescription(
                form.text(p + "gender"),
                form.text(p + "ageRange"),
                form.text(p + "height"),
                form.text(p + "build"),
                form.text(p + "hair"),
                form.text(p + "eyes"),
                form.text(p + "skin"),
                form.text(p + "marks"),
                form.text(p + "voice"),
                form.text(p + "smell"),
                form.text(p + "clothing"),
                form.text(p + "vehicle"),
                form.text(p + "said"));
    }

    private List<IdentifierInput> identifiers() {
        List<IdentifierInput> list = new ArrayList<>();
        for (int row = 0; row < Limits.IDENTIFIERS; row++) {
            String p = "identifiers[" + row + "]";
            String value = form.text(p + ".value");
            if (value == null) {
                continue;
            }
            if (form.text(p + ".type") == null) {
                form.set(p + ".type", IdentifierKinds.detect(value).name());
            }
            IdentifierType type = form.choice(p + ".type", IdentifierType.class, parseErrors);
            identifierRows.put("identifiers[" + list.size() + "]", p);
            list.add(new IdentifierInput(
                    type, type == IdentifierType.PHONE ? phones.inRegion(value) : value, form.text(p + ".platform")));
        }
        return list;
    }

    /** Phone numbers that read but are not known as allocated: the page asks once before keeping them. */
    FormErrors unverifiedPhones() {
        FormErrors out = FormErrors.none();
        for (int row = 0; row < Limits.IDENTIFIERS; row++) {
            String p = "identifiers[" + row + "]";
            if ("PHONE".equals(form.v(p + ".type")) && phones.unverified(form.text(p + ".value"))) {
                out.all().put(p + ".value", UNVERIFIED);
            }
        }
        if (phones.unverified(form.text("contact.phone"))) {
            out.all().put("contact.phone", UNVERIFIED);
        }
        return out;
    }

    private ContactDetails inRegion(ContactDetails contact) {
        return contact == null
                ? null
                : new ContactDetails(
                        contact.name(), phones.inRegion(contact.phone()), contact.email(), contact.safeTimes());
    }

    private RiskAnswers risk() {
        String p = "risk.";
        return new RiskAnswers(
                form.answer(p + "knowsWhoItIs"),
                form.answer(p + "doneToOthers"),
                form.answer(p + "afraidOfHarm"),
                form.choice(p + "howLong", HowLong.class, parseErrors),
                form.choice(p + "threats", ThreatsMade.class, parseErrors),
                form.answer(p + "weapon"),
                form.answer(p + "blackmail"));
    }

    /** Unticked boxes are not sent by browsers: absent means "no". */
    static Consents consents(FormValues form, String prefix) {
        return new Consents(
                form.on(prefix + "alertOthers"),
                form.on(prefix + "policeIntel"),
                form.on(prefix + "policeContactMe"),
                form.on(prefix + "supportContactMe"),
                form.on(prefix + "research"));
    }

    static ContactDetails contact(FormValues form) {
        String p = "contact.";
        ContactDetails contact = new ContactDetails(
                form.text(p + "name"), form.text(p + "phone"), form.text(p + "email"), form.text(p + "safeTimes"));
        boolean empty = contact.name() == null
                && contact.phone() == null
                && contact.email() == null
                && contact.safeTimes() == null;
        return empty ? null : contact;
    }
}
