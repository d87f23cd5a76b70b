package org.uglymugs.report.page;

import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.api.IncidentInput;

/** Reads the forms of the /my-report page. */
final class MyReportForms {

    private MyReportForms() {}

    static IncidentInput incident(FormValues form, FormErrors errors) {
        String p = "incident.";
        return new IncidentInput(
                form.date(p + "date", errors),
                form.time(p + "time", errors),
                form.text(p + "location"),
                form.text(p + "whatHappened"),
                form.text(p + "evidence"),
                form.answer(p + "policeContacted"),
                form.text(p + "policeReference"),
                form.text(p + "impact"));
    }
}
