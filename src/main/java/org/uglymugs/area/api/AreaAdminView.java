package org.uglymugs.area.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An area as admins see and manage it. */
public record AreaAdminView(String id, String name, boolean active, int sortOrder) {

    public record NewArea(
            @NotNull @Pattern(regexp = "[a-z0-9-]{1,64}", message = "1 to 64 of a-z, 0-9 and dash")
            String id,

            @NotBlank @Size(max = 200) String name) {}

    public record AreaChange(
            @NotBlank @Size(max = 200) String name, @NotNull Boolean active) {}
}
