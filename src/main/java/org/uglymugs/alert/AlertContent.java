package org.uglymugs.alert;

import java.util.List;
import org.uglymugs.report.domain.IdentifierType;

/** What subscribers read: moderated and redacted, stored sealed. */
public record AlertContent(String title, String summary, String perpetratorDescription,
        List<PublishedIdentifier> identifiers) {

    public record PublishedIdentifier(IdentifierType type, String value, String platform) {
    }
}
