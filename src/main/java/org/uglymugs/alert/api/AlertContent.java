package org.uglymugs.alert.api;

import java.util.List;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.NormalisedIdentifier;

/** What subscribers read: moderated and redacted, stored sealed. */
public record AlertContent(
        String title, String summary, String perpetratorDescription, List<PublishedIdentifier> identifiers) {

    /** The content a draft publishes, with the chosen identifiers in normalised form. */
    public static AlertContent of(AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        String description = draft.perpetratorDescription();
        return new AlertContent(
                draft.title().strip(),
                draft.summary().strip(),
                description == null || description.isBlank() ? null : description.strip(),
                identifiers.stream()
                        .map(i -> new PublishedIdentifier(i.type(), i.value(), i.platform()))
                        .toList());
    }

    public record PublishedIdentifier(IdentifierType type, String value, String platform) {}
}
