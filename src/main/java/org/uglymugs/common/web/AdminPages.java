package org.uglymugs.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;

/**
 * What the admin pages share: who is asking, their form token and language, the CSRF check that
 * comes before anything a POST does, field errors as admin-bundle keys, and redirects with a notice.
 */
@ApplicationScoped
public class AdminPages {

    /** The notices a redirect may ask for ({@code done=…}), so a URL cannot name any other message. */
    private static final Map<String, String> NOTICES = Map.of(
            "created",
            "admin_notice_created",
            "disabled",
            "admin_notice_disabled",
            "enabled",
            "admin_notice_enabled",
            "reset",
            "admin_notice_reset",
            "areas",
            "admin_notice_areas",
            "area-created",
            "admin_notice_area_created",
            "area-saved",
            "admin_notice_area_saved");
    /** Error codes with a text of their own in the admin bundle; any other code reads as "invalid". */
    private static final Set<String> CODES = Set.of(
            FieldError.REQUIRED,
            FieldError.TOO_LONG,
            FieldError.INVALID,
            "too_short",
            "taken",
            "unknown_area",
            "unconfirmed",
            "choose",
            "page");

    /** One page request: its language, the signed-in admin and the CSRF token their forms carry. */
    public record Call(String lang, String csrf, StaffPrincipal me) {}

    private final StaffPages pages;
    private final CurrentStaff current;

    public AdminPages(StaffPages pages, CurrentStaff current) {
        this.pages = pages;
        this.current = current;
    }

    public Call get(String lang, HttpHeaders headers, String cookie) {
        return new Call(Languages.resolve(lang, headers), pages.csrf(cookie), current.get());
    }

    /** A submitted form: refused with 403 unless it carries this session's CSRF token. */
    public Call post(FormValues form, HttpHeaders headers, String cookie) {
        pages.requireCsrf(cookie, form.v("csrf"));
        return get(form.v("lang"), headers, cookie);
    }

    public static String notice(String done) {
        return done == null ? null : NOTICES.get(done);
    }

    /** 303 back to a list after a change, with its notice; {@code anchor} names the row to scroll to. */
    public static Response redirect(String path, Call call, PageRequest page, String done, String anchor) {
        String query = "?lang=" + call.lang() + (page == null ? "" : "&page=" + page.page() + "&size=" + page.size())
                + "&done=" + done;
        return Response.seeOther(URI.create(path + query + (anchor == null ? "" : "#" + anchor)))
                .build();
    }

    /** The page asked for; a bad page or size shows the first page with an error instead. */
    public static PageRequest paging(String page, String size, FormErrors errors) {
        try {
            return PageRequest.of(page, size);
        } catch (ProblemException e) {
            errors.add("page", "page");
            return PageRequest.of(null, null);
        }
    }

    /** The field errors of a refused change, renamed to the page's field ids. */
    public static void add(FormErrors errors, List<FieldError> found, UnaryOperator<String> field) {
        for (FieldError e : found) {
            errors.add(field.apply(e.field()), CODES.contains(e.code()) ? e.code() : FieldError.INVALID);
        }
    }

    /** API field paths to form fields: {@code roles[0]} → {@code roles}. */
    public static String formField(String apiField) {
        int cut = apiField.indexOf('[');
        return cut < 0 ? apiField : apiField.substring(0, cut);
    }

    /** A refused change's field errors, or the exception again when it is not about the input. */
    public static List<FieldError> fieldErrors(ProblemException e) {
        if (e.errors().isEmpty()) {
            throw e;
        }
        return e.errors();
    }
}
