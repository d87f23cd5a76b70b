package org.uglymugs.area.api;

/** An area as clients see it. */
public record AreaView(String id, String name) {}
