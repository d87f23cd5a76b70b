package org.uglymugs.moderation.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.IntelligenceDesk;
import org.uglymugs.moderation.ModerationRecords.IntelligenceInput;
import org.uglymugs.moderation.Reviews;
import org.uglymugs.report.api.HandlingCode;
import org.uglymugs.report.api.SourceEvaluation;

/**
 * The review page's intelligence form: the summary and 3x5x2 grading police liaison officers see,
 * through the same desk (and PII check, and audited override) as the API.
 */
@Path("/staff/reports/{reference}/intelligence")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("MODERATOR")
public class IntelligencePage {

    private static final int MAX_SUMMARY = 5000;
    private static final int MAX_CONDITIONS = 1000;
    /** Form field names; the API's names, prefixed so they never meet the alert draft's. */
    private static final Map<String, String> FIELDS =
            Map.of("summary", "intelSummary", "handlingConditions", "intelConditions", "handlingCode", "intelHandling");

    private final IntelligenceDesk desk;
    private final Reviews reviews;
    private final StaffPageContext page;
    private final AreaService areas;

    public IntelligencePage(IntelligenceDesk desk, Reviews reviews, StaffPageContext page, AreaService areas) {
        this.desk = desk;
        this.reviews = reviews;
        this.page = page;
        this.areas = areas;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        FormErrors errors = FormErrors.none();
        String summary = form.text("intelSummary");
        if (summary == null || summary.length() > MAX_SUMMARY) {
            errors.add("intelSummary", summary == null ? ErrorCode.REQUIRED : ErrorCode.TOO_LONG);
        }
        String conditions = form.text("intelConditions");
        if (conditions != null && conditions.length() > MAX_CONDITIONS) {
            errors.add("intelConditions", ErrorCode.TOO_LONG);
        }
        SourceEvaluation source = form.choice("intelSource", SourceEvaluation.class, errors);
        HandlingCode handling = form.choice("intelHandling", HandlingCode.class, errors);
        if (handling == null) {
            errors.add("intelHandling", ErrorCode.REQUIRED);
        }
        Integer assessment = assessment(form.v("intelAssessment"));
        if (assessment == null) {
            errors.add("intelAssessment", ErrorCode.REQUIRED);
        }
        if (!errors.any()) {
            try {
                desk.set(
                        page.actor(),
                        reference,
                        new IntelligenceInput(
                                summary, source, assessment, handling, conditions, form.on("intelOverride")));
                return page.redirect("/staff/reports/" + ModerationPage.encode(reference), "intelligence");
            } catch (ProblemException e) {
                if (e.errors().isEmpty()) {
                    throw e;
                }
                e.errors().forEach(f -> errors.add(FIELDS.getOrDefault(f.field(), "intelSummary"), f));
            }
        }
        return page.html(
                400,
                ModerationPage.Templates.review(
                        page.page(),
                        areas.names(page.lang()),
                        reviews.open(page.actor(), reference),
                        form,
                        errors,
                        ModerationFields.summary(errors),
                        null));
    }

    private static Integer assessment(String value) {
        return switch (value == null ? "" : value.strip()) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            case "5" -> 5;
            default -> null;
        };
    }
}
