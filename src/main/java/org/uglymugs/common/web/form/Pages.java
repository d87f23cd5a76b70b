package org.uglymugs.common.web.form;

import io.quarkus.qute.TemplateInstance;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse;

/** Small helpers shared by the server-rendered pages. */
public final class Pages {

    private Pages() {}

    public static RestResponse.ResponseBuilder<TemplateInstance> status(int status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status).entity(page);
    }

    public static TemplateInstance localised(TemplateInstance page, String lang) {
        return page.setLocale(Locale.forLanguageTag(lang));
    }
}
