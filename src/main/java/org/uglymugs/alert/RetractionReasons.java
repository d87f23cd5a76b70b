package org.uglymugs.alert;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.FieldCipher;

/**
 * Seals the retraction reasons written in clear before V16 and empties their clear column, once at
 * start-up (and again harmlessly on every later start: there is nothing left to do).
 */
@ApplicationScoped
class RetractionReasons {

    private static final Logger LOG = Logger.getLogger(RetractionReasons.class);

    private final FieldCipher cipher;

    RetractionReasons(FieldCipher cipher) {
        this.cipher = cipher;
    }

    void onStart(@Observes StartupEvent event) {
        int sealed = sealInClear();
        if (sealed > 0) {
            LOG.infof("Sealed %d retraction reason(s) kept in clear before V16", sealed);
        }
    }

    /** The number of reasons sealed. */
    @Transactional
    int sealInClear() {
        int count = 0;
        for (Alert alert : Alert.<Alert>list("retractionReasonClear is not null")) {
            alert.retractionReasonSealed = cipher.seal(alert.retractionReasonClear, AlertViews.reasonCell(alert));
            alert.retractionReasonClear = null;
            count++;
        }
        for (AlertVersion version : AlertVersion.<AlertVersion>list("reasonClear is not null")) {
            version.reasonSealed = cipher.seal(version.reasonClear, AlertViews.reasonCell(version));
            version.reasonClear = null;
            count++;
        }
        return count;
    }
}
