package org.uglymugs.subscription.page;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.common.web.form.Pages;
import org.uglymugs.subscription.SubscriberAlerts;

/** "Print this area" on {@code /alerts}: the form's POST answers the area sheet's PDF, or an HTML error page. */
@Path("/alerts/sheet")
public class SheetPages {

    private final SubscriberAlerts alerts;
    private final AlertSheet sheets;

    public SheetPages(SubscriberAlerts alerts, AlertSheet sheets) {
        this.alerts = alerts;
        this.sheets = sheets;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sheet(MultivaluedMap<String, String> body, @Context HttpHeaders headers) {
        FormValues values = new FormValues(body);
        String lang = Languages.resolve(values.v("lang"), headers);
        try {
            SubscriberAlerts.AreaSheet sheet = alerts.sheet(values.v("token"), values.v("area"));
            return pdf(sheets.render(sheet), sheet.area());
        } catch (TooManyRequests e) {
            return Response.status(429)
                    .type(MediaType.TEXT_HTML)
                    .entity(Pages.localised(SubscriptionPages.Templates.problem(lang, true), lang))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        } catch (ProblemException e) {
            return Response.status(404)
                    .type(MediaType.TEXT_HTML)
                    .entity(Pages.localised(SubscriptionPages.Templates.problem(lang, false), lang))
                    .build();
        }
    }

    /** The PDF as a download named after the area, never after the subscriber. */
    static Response pdf(byte[] bytes, String area) {
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", AlertSheet.disposition(area))
                .build();
    }
}
