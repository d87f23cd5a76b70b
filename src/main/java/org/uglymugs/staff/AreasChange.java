package org.uglymugs.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The areas a police liaison officer is scoped to, replacing the previous ones. */
public record AreasChange(@NotNull Set<@NotNull @Size(max = 64) String> areas) {}
