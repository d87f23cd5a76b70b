package org.uglymugs.common.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The public pages' safety texts ({@code safe}): the quick exit, the "in danger now" line, the
 * "Staying safe" and help pages. In {@code messages/safe_en.properties} and {@code safe_nl.properties}.
 */
@MessageBundle(value = "safe", locale = "en")
public interface SafetyMessages {

    String quick_exit();

    String neutral_title();

    String nav_safety();

    String nav_help();

    String danger_now(String number);

    String danger_help();

    String while_you_wait();

    String safety_title();

    String safety_intro();

    String safety_exit();

    String safety_private();

    String safety_tor();

    String safety_history();

    String safety_screenshots();

    String safety_shared();

    String safety_titles();

    String help_title();

    String help_intro();

    String help_emergency(String number);

    String help_call(String name);
}
