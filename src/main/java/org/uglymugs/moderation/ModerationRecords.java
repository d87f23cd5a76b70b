package org.uglymugs.moderation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.moderation.pii.PiiFlag;
import org.uglymugs.moderation.pii.PiiKind;
import org.uglymugs.report.api.HandlingCode;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.SourceEvaluation;

/** Requests and answers of the moderation API. */
public final class ModerationRecords {

    private ModerationRecords() {}

    private static final String OVERRIDE = "The PII flags to publish anyway, each named field:KIND as the PII check"
            + " answers them (e.g. summary:ADDRESS); each is audited. A REPORTER_CONTACT flag (the reporter's own"
            + " name, phone or email) can never be overridden, in any field.";

    public enum DecisionType {
        PUBLISH,
        RECORD,
        REJECT,
        NEEDS_INFO
    }

    public enum RejectReason {
        SPAM,
        MALICIOUS,
        DUPLICATE,
        OTHER
    }

    public record Decision(
            @NotNull DecisionType decision,

            @Schema(description = "PUBLISH: the alert draft") @Valid
            AlertDraft alert,

            @Schema(description = OVERRIDE) @Size(max = 50) List<@NotNull @Size(max = 80) String> override,

            @Schema(description = "REJECT: why") RejectReason reason,

            @Schema(description = "NEEDS_INFO: the question shown to the reporter on /my-report") @Size(max = 5000)
            String question) {}

    /** The intelligence summary and 3x5x2 grading a moderator writes for police. */
    public record IntelligenceInput(
            @Schema(description = "Sanitised: nothing that identifies the reporter (PII-checked)")
            @NotBlank
            @Size(max = 5000)
            String summary,

            @Schema(description = "A reliable, B untested (default, an anonymous source), C not reliable")
            SourceEvaluation sourceEvaluation,

            @Schema(description = "1 known directly … 5 suspected to be false") @NotNull @Min(1) @Max(5)
            Integer intelligenceAssessment,

            @Schema(description = "P lawful sharing permitted, C with the conditions stated") @NotNull
            HandlingCode handlingCode,

            @Schema(description = "Required when handlingCode is C") @Size(max = 1000)
            String handlingConditions,

            @Schema(description = "Save although the PII check raised flags (audited)")
            boolean override) {}

    public record Text(@NotBlank @Size(max = 5000) String body) {}

    public record Retraction(@NotBlank @Size(max = 500) String reason) {}

    public record AlertUpdate(
            @NotNull @Valid AlertDraft alert,
            @Schema(description = OVERRIDE) @Size(max = 50) List<@NotNull @Size(max = 80) String> override) {}

    public record NoteView(String author, String body, OffsetDateTime writtenAt) {}

    public record Claim(String claimedBy, OffsetDateTime claimedAt) {}

    public record PiiCheckResult(List<PiiFlag> flags) {}

    /** What a decision did: the report's new status, and the alert it issued, if any. */
    public record DecisionResult(String reference, ReportStatus status, AlertView alert) {}

    /**
     * The alert exactly as subscribers would read it, what the PII check says about it, and the
     * draft it came from (its severity and categories label the preview).
     */
    public record Preview(AlertContent content, List<PiiFlag> flags, AlertDraft draft) {

        /** The flags a moderator may publish anyway, one choice per field and kind, with what was found. */
        public List<OverrideChoice> overrides() {
            Map<String, OverrideChoice> choices = new LinkedHashMap<>();
            for (PiiFlag flag : flags) {
                if (AlertGate.overridable(flag)) {
                    choices.computeIfAbsent(
                                    AlertGate.overrideId(flag),
                                    id -> new OverrideChoice(id, flag.field(), flag.kind(), new ArrayList<>()))
                            .excerpts()
                            .add(flag.excerpt());
                }
            }
            return List.copyOf(choices.values());
        }

        /** True when a flag is the reporter's own contact: no override can publish this draft. */
        public boolean reporterContact() {
            return flags.stream().anyMatch(f -> !AlertGate.overridable(f));
        }
    }

    /** One flag a moderator may tick to publish anyway: its override id ({@code field:KIND}) and excerpts. */
    public record OverrideChoice(String id, String field, PiiKind kind, List<String> excerpts) {}

    /**
     * A report opened for a moderator, with what moderation keeps about it. The reporter's contact is
     * not in it: {@code contactAvailable} says whether it may be revealed (POST …/contact, audited).
     */
    public record ModerationView(
            ReportDetail report,
            List<NoteView> notes,
            Claim claim,
            List<AlertView> alerts,
            Intelligence intelligence,

            @Schema(
                    description =
                            "The reporter asked for support contact and left details: POST …/contact reveals them")
            boolean contactAvailable) {}

    /** Why a moderator reveals the reporter's contact; the category is audited. */
    public enum ContactReason {
        /** The reporter asked a caseworker to contact her for support. */
        SUPPORT_REQUESTED,
        /** The report suggests she may be in danger now. */
        SAFETY_CONCERN,
        /** To answer a question or request of hers. */
        REPORTER_REQUEST
    }

    public record ContactRequest(@NotNull ContactReason reason) {}
}
