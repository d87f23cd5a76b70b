package org.uglymugs.moderation.pii;

import java.util.Set;

/** What one check compares against: the published identifiers, the reporter's contact, and the regions their phone numbers come from. */
record Known(Published published, Reporter reporter, Set<String> phoneRegions) {}
