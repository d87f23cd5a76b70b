package org.uglymugs.moderation.page;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.uglymugs.report.api.HandlingCode;
import org.uglymugs.report.api.SourceEvaluation;

/** The 3x5x2 choices of the review page's intelligence form, for templates as {@code grading:…}. */
@TemplateData(namespace = "grading")
public final class GradingOptions {

    public static final List<SourceEvaluation> SOURCES = List.of(SourceEvaluation.values());
    public static final List<HandlingCode> HANDLINGS = List.of(HandlingCode.values());

    private GradingOptions() {}
}
