package org.uglymugs.subscription.mail;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** One alert version as a mail shows it, words already in the subscriber's language. */
@TemplateData
public record MailItem(
        long id,
        String kind,
        boolean retracted,
        String title,
        String summary,
        String description,
        String severity,
        String categories,
        String areas,
        List<Line> identifiers,
        String date,
        String link) {

    @TemplateData
    public record Line(String label, String value) {}
}
