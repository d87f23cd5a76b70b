package org.uglymugs.report.api;

/** Size limits on report fields, in characters. */
public final class Limits {

    public static final int ACCOUNT = 20_000;
    public static final int LOCATION = 500;
    public static final int SHORT_TEXT = 200;
    public static final int LONG_TEXT = 2_000;
    public static final int IDENTIFIERS = 20;
    public static final int IDENTIFIER = 300;
    public static final int INCIDENT = 10_000;
    public static final int MESSAGE = 5_000;

    private Limits() {}
}
