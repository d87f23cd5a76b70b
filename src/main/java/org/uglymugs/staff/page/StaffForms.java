package org.uglymugs.staff.page;

import java.util.EnumSet;
import java.util.Set;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.staff.NewStaff;
import org.uglymugs.staff.Passwords;
import org.uglymugs.staff.StaffRole;

/** The staff admin forms as the API's requests, with the errors only a form can have. */
final class StaffForms {

    private StaffForms() {}

    /** The create form; the password is taken exactly as typed (never stripped, never shown again). */
    static NewStaff newStaff(FormValues form, FormErrors errors) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : form.all("roles")) {
            try {
                roles.add(StaffRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                errors.add("roles", ErrorCode.INVALID);
            }
        }
        if (form.all("roles").isEmpty()) {
            errors.add("roles", ErrorCode.CHOOSE);
        }
        String password = form.v("password");
        if (!password.isEmpty() && password.length() < Passwords.MIN_LENGTH) {
            errors.add("password", ErrorCode.TOO_SHORT);
        }
        return new NewStaff(form.text("username"), password.isEmpty() ? null : password, roles, areas(form));
    }

    static Set<String> areas(FormValues form) {
        return Set.copyOf(form.all("areas"));
    }
}
