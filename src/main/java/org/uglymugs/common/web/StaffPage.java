package org.uglymugs.common.web;

import org.uglymugs.common.security.StaffPrincipal;

/**
 * What every staff template shows around its content, as {@code page}: the language, the CSRF token
 * its forms carry, who is signed in (null on the login page) and the notice to show (a staff-bundle key, or null).
 */
public record StaffPage(String lang, String csrf, StaffPrincipal me, String notice) {}
