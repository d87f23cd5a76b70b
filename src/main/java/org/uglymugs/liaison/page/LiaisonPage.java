package org.uglymugs.liaison.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.liaison.ContactDesk;
import org.uglymugs.liaison.ExportFormat;
import org.uglymugs.liaison.Exports;
import org.uglymugs.liaison.IntelDesk;
import org.uglymugs.liaison.LiaisonRecords.AccessView;
import org.uglymugs.liaison.LiaisonRecords.ContactView;
import org.uglymugs.liaison.LiaisonRecords.NoticeView;
import org.uglymugs.liaison.Notices;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.IntelQuery;
import org.uglymugs.report.api.IntelRecord;

/**
 * The liaison desk's pages, on the same services as the API (so every list, view, export and
 * contact reveal is audited the same way): the dashboard, the filtered list, a record with its
 * export buttons, and the officer's own access history. No JavaScript: exports are plain downloads.
 */
@Path("/staff/liaison")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("POLICE_LIAISON")
public class LiaisonPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                StaffPage page,
                AreaNames areas,
                Page<IntelItem> latest,
                List<IntelItem> contacts,
                List<NoticeView> notices);

        static native TemplateInstance list(
                StaffPage page,
                AreaNames areas,
                Page<IntelItem> items,
                FormValues filter,
                Pager pager,
                List<Category> categories,
                String keep);

        static native TemplateInstance record(StaffPage page, AreaNames areas, IntelRecord r, ContactView contact);

        static native TemplateInstance access(StaffPage page, Page<AccessView> items, Pager pager);
    }

    private static final int DASHBOARD_SIZE = 10;

    private final IntelDesk desk;
    private final Exports exports;
    private final ContactDesk contacts;
    private final Notices notices;
    private final StaffPageContext page;
    private final AreaService areas;

    public LiaisonPage(
            IntelDesk desk,
            Exports exports,
            ContactDesk contacts,
            Notices notices,
            StaffPageContext page,
            AreaService areas) {
        this.desk = desk;
        this.exports = exports;
        this.contacts = contacts;
        this.notices = notices;
        this.page = page;
        this.areas = areas;
    }

    @GET
    public Response dashboard() {
        Page<IntelItem> latest =
                desk.list(page.me(), IntelQuery.of(page.me().areas()), new PageRequest(0, DASHBOARD_SIZE));
        List<IntelItem> open = contacts.open(latest.items());
        List<NoticeView> unacknowledged = notices.mine(page.me()).stream()
                .filter(n -> n.acknowledgedAt() == null)
                .toList();
        return page.html(Templates.dashboard(page.page(), areas.names(page.lang()), latest, open, unacknowledged));
    }

    @GET
    @Path("/intel")
    public Response list(@Context UriInfo uri) {
        FormValues filter = new FormValues(uri.getQueryParameters());
        IntelQuery query = LiaisonForms.query(filter);
        Page<IntelItem> items = desk.list(page.me(), query, PageRequest.of(filter.v("page"), filter.v("size")));
        String keep = "lang=" + page.lang() + LiaisonForms.param("area", filter)
                + LiaisonForms.param("category", filter)
                + LiaisonForms.param("since", filter);
        return page.html(Templates.list(
                page.page(),
                areas.names(page.lang()),
                items,
                filter,
                Pager.of(items, n -> "/staff/liaison/intel?" + keep + "&page=" + n),
                List.of(Category.values()),
                keep));
    }

    @GET
    @Path("/intel/{reference}")
    public Response record(@PathParam("reference") String reference) {
        return page.html(
                Templates.record(page.page(), areas.names(page.lang()), desk.view(page.me(), reference), null));
    }

    @POST
    @Path("/intel/{reference}/contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contact(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        page.form(body);
        ContactView contact = contacts.contact(page.me(), reference);
        return page.html(
                Templates.record(page.page(), areas.names(page.lang()), desk.view(page.me(), reference), contact));
    }

    @POST
    @Path("/intel/{reference}/contacted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contacted(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        page.form(body);
        contacts.markContacted(page.me(), reference);
        return page.redirect("/staff/liaison/intel/" + LiaisonForms.encode(reference), "contacted");
    }

    @GET
    @Path("/intel/{reference}/export")
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("reference") String reference, @QueryParam("format") String format) {
        return LiaisonForms.download(exports.one(page.me(), reference, ExportFormat.of(format)));
    }

    @GET
    @Path("/export")
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    public Response exportList(@Context UriInfo uri) {
        FormValues filter = new FormValues(uri.getQueryParameters());
        return LiaisonForms.download(
                exports.list(page.me(), LiaisonForms.query(filter), ExportFormat.of(filter.v("format"))));
    }

    @POST
    @Path("/notices/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        page.form(body);
        notices.acknowledge(page.me(), id);
        return page.redirect("/staff/liaison", "acknowledged");
    }

    @GET
    @Path("/access")
    public Response access(@QueryParam("page") String number) {
        Page<AccessView> items = desk.access(page.me(), PageRequest.of(number, null));
        return page.html(Templates.access(
                page.page(), items, Pager.of(items, n -> "/staff/liaison/access?lang=" + page.lang() + "&page=" + n)));
    }
}
