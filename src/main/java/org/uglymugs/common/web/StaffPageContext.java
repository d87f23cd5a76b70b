package org.uglymugs.common.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.form.FormValues;

/**
 * One staff page request: its language, who is signed in, their CSRF token, the notice a redirect
 * asked for, and the one CSRF check before anything a form POST does. Templates get {@link #page()}
 * as {@code page}: {@code {page.lang}}, {@code {page.csrf}}, {@code {page.me}}, {@code {page.notice}}.
 */
@RequestScoped
public class StaffPageContext {

    /**
     * The notices a redirect may ask for ({@code ?done=…}) and their keys in the staff bundle: the
     * only ones, so a URL cannot name any other message.
     */
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("enrolled", "notice_enrolled"),
            Map.entry("out", "notice_logged_out"),
            Map.entry("claimed", "done_claimed"),
            Map.entry("message_sent", "done_message_sent"),
            Map.entry("note_added", "done_note_added"),
            Map.entry("decided", "done_decided"),
            Map.entry("issued", "done_issued"),
            Map.entry("updated", "done_updated"),
            Map.entry("retracted", "done_retracted"),
            Map.entry("acknowledged", "done_acknowledged"),
            Map.entry("intelligence", "done_intelligence"),
            Map.entry("contacted", "done_contacted"),
            Map.entry("created", "notice_created"),
            Map.entry("disabled", "notice_disabled"),
            Map.entry("enabled", "notice_enabled"),
            Map.entry("reset", "notice_reset"),
            Map.entry("areas", "notice_areas"),
            Map.entry("area-created", "notice_area_created"),
            Map.entry("area-saved", "notice_area_saved"),
            Map.entry("subscriber-approved", "notice_subscriber_approved"),
            Map.entry("subscriber-rejected", "notice_subscriber_rejected"),
            Map.entry("delivery-retried", "notice_delivery_retried"),
            Map.entry("password", "notice_password"));

    private final CurrentStaff current;
    private final StaffPages pages;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private String lang;

    public StaffPageContext(CurrentStaff current, StaffPages pages, HttpHeaders headers, UriInfo uri) {
        this.current = current;
        this.pages = pages;
        this.headers = headers;
        this.uri = uri;
    }

    /** The page language: a form's {@code lang} once read, else {@code ?lang=}, else the browser's. */
    public String lang() {
        if (lang == null) {
            lang = Languages.resolve(uri.getQueryParameters().getFirst("lang"), headers);
        }
        return lang;
    }

    /** The signed-in staff member (401 without one). */
    public StaffPrincipal me() {
        return current.get();
    }

    /** The signed-in staff member's username, as the actor of what this request does. */
    public String actor() {
        return current.username();
    }

    /** The CSRF token this session's forms carry. */
    public String csrf() {
        return pages.csrf(cookie());
    }

    /** The staff-bundle key of the notice {@code ?done=} asks for, or null for none or an unknown one. */
    public String notice() {
        String done = uri.getQueryParameters().getFirst("done");
        return done == null ? null : NOTICES.get(done);
    }

    /** What the templates of a signed-in page show around their content. */
    public StaffPage page() {
        return new StaffPage(lang(), csrf(), me(), notice());
    }

    /** The same before anyone has signed in (the login page). */
    public StaffPage anonymousPage() {
        return new StaffPage(lang(), "", null, notice());
    }

    /** A submitted form of a signed-in page: refused with 403 unless it carries this session's CSRF token. */
    public FormValues form(MultivaluedMap<String, String> body) {
        FormValues form = new FormValues(body);
        pages.requireCsrf(cookie(), form.v("csrf"));
        lang = Languages.resolve(form.v("lang"), headers);
        return form;
    }

    /** A submitted form before there is a session (the login form): no CSRF token to check yet. */
    public FormValues anonymousForm(MultivaluedMap<String, String> body) {
        FormValues form = new FormValues(body);
        lang = Languages.resolve(form.v("lang"), headers);
        return form;
    }

    /** The page as HTML in the page language, with its status. */
    public Response html(int status, TemplateInstance page) {
        return Response.status(status)
                .entity(localised(page))
                .type(MediaType.TEXT_HTML)
                .build();
    }

    /** The page as HTML, 200. */
    public Response html(TemplateInstance page) {
        return html(200, page);
    }

    /** 303 to a path (which may carry its own query), keeping the page language and asking for a notice. */
    public Response redirect(String path, String done) {
        return Response.seeOther(URI.create(href(path, done))).build();
    }

    /** A path of this site in the page language, with {@code done} (may be null) for the notice to show there. */
    public String href(String path, String done) {
        int anchor = path.indexOf('#');
        String target = anchor < 0 ? path : path.substring(0, anchor);
        String fragment = anchor < 0 ? "" : path.substring(anchor);
        String query = "lang=" + lang() + (done == null ? "" : "&done=" + done);
        return target + (target.contains("?") ? "&" : "?") + query + fragment;
    }

    public TemplateInstance localised(TemplateInstance page) {
        return page.setLocale(Locale.forLanguageTag(lang()));
    }

    private String cookie() {
        Cookie cookie = headers.getCookies().get(pages.cookieName());
        return cookie == null ? null : cookie.getValue();
    }
}
