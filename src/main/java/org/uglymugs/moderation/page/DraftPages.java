package org.uglymugs.moderation.page;

import static org.uglymugs.common.web.form.Pages.localised;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.uglymugs.alert.AlertDraft;
import org.uglymugs.alert.AlertSeverity;
import org.uglymugs.alert.AlertView;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.AlertGate;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationService;
import org.uglymugs.report.domain.Category;

/** The alert draft page, shared by a first alert and its later versions. */
@ApplicationScoped
public class DraftPages {

    private static final List<AlertSeverity> SEVERITIES = List.of(AlertSeverity.values());
    private static final List<Category> CATEGORIES = List.of(Category.values());

    private final ModerationService moderation;
    private final DeskContext context;
    private final InputChecks checks;

    public DraftPages(ModerationService moderation, DeskContext context, InputChecks checks) {
        this.moderation = moderation;
        this.context = context;
        this.checks = checks;
    }

    AlertGate.Preview previewOrNull(String reference, AlertDraft draft) {
        try {
            return checks.errors(draft).isEmpty() ? moderation.preview(reference, draft) : null;
        } catch (ProblemException e) {
            return null;
        }
    }

    TemplateInstance draft(String lang, String cookie, ModerationView view, AlertView alert, FormValues form,
            FormErrors errors, AlertGate.Preview preview) {
        TemplateInstance page = AlertPage.Templates.draft(lang, context.desk(cookie), view, alert, form, errors,
                preview, SEVERITIES, CATEGORIES);
        return localised(page, lang);
    }
}
