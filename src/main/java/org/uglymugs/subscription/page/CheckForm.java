package org.uglymugs.subscription.page;

import java.util.Arrays;
import java.util.List;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.subscription.api.CheckRequest;
import org.uglymugs.subscription.mail.Labels;

/** The check form as shown again: the chosen type only. The checked value is never put back in the page. */
record CheckForm(List<Option> types, String platform) {

    static CheckForm blank(String lang) {
        return of(lang, IdentifierType.PHONE.name(), null);
    }

    static CheckForm of(String lang, String type, String platform) {
        List<Option> types = Arrays.stream(IdentifierType.values())
                .map(t -> new Option(t.name(), Labels.of(lang, t), t.name().equals(type)))
                .toList();
        return new CheckForm(types, platform == null ? "" : platform);
    }

    /** The request a submitted form makes; an unknown type is left out, so the check names the field. */
    static CheckRequest request(FormValues values) {
        IdentifierType type = Arrays.stream(IdentifierType.values())
                .filter(t -> t.name().equals(values.v("type")))
                .findFirst()
                .orElse(null);
        String platform = values.v("platform");
        return new CheckRequest(
                type, values.v("value"), type == IdentifierType.USERNAME && platform != null ? platform : null);
    }
}
