package org.uglymugs.report.api;

/** An identifier in its one canonical form; {@code platform} only for usernames. */
public record NormalisedIdentifier(IdentifierType type, String value, String platform) {

    /** The string behind the keyed hash: equal identifiers give equal keys. */
    public String matchKey() {
        return type + "|" + (platform == null ? "" : platform) + "|" + value;
    }
}
