package org.uglymugs.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.form.Pages;

/** The public "Staying safe" advice and the deployment's support lines, in the page's language. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SafetyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance safety(String lang);

        static native TemplateInstance help(String lang, String emergency, List<HelpLines.Line> lines);
    }

    private final Site site;

    public SafetyPages(Site site) {
        this.site = site;
    }

    @GET
    @Path("/staying-safe")
    @Operation(hidden = true)
    public TemplateInstance safety(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(Templates.safety(language), language);
    }

    @GET
    @Path("/help")
    @Operation(hidden = true)
    public TemplateInstance help(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        return Pages.localised(Templates.help(language, site.emergency(language), site.lines(language)), language);
    }
}
