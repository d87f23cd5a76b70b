package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.report.api.PublishedAbout;
import org.uglymugs.report.api.PublishedText;

/** The live alerts of a report as its reporter sees them on /my-report: exactly what subscribers read. */
@ApplicationScoped
class ReporterAlerts implements PublishedAbout {

    private final SealedJson sealed;

    ReporterAlerts(SealedJson sealed) {
        this.sealed = sealed;
    }

    @Override
    public List<PublishedText> live(long reportId) {
        return Alert.forReport(reportId).stream()
                .filter(a -> a.status != AlertStatus.RETRACTED)
                .map(a -> PublishedAlerts.current(sealed, a.id))
                .flatMap(Optional::stream)
                .map(p -> new PublishedText(
                        p.title(),
                        p.summary(),
                        p.perpetratorDescription(),
                        p.identifiers().stream()
                                .map(i -> i.platform() == null ? i.value() : i.value() + " (" + i.platform() + ")")
                                .toList()))
                .toList();
    }
}
