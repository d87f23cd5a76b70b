package org.uglymugs.subscription.page;

import io.quarkus.qute.TemplateData;

/** One choice on a form: its value, its words, and whether it is chosen. */
@TemplateData
public record Option(String value, String label, boolean checked) {}
