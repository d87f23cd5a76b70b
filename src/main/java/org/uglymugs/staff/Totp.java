package org.uglymugs.staff;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s), accepting one step of clock skew either way. A code is
 * accepted only for a step later than the last one used, so a seen code cannot be replayed.
 */
@ApplicationScoped
public class Totp {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final String issuer;
    private final Clock clock;

    @Inject
    public Totp(StaffConfig config, Clock clock) {
        this(config.totpIssuer(), clock);
    }

    Totp(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    public String newSecret() {
        return secrets.generate();
    }

    public String uri(String username, String secret) {
        return data(username, secret).getUri();
    }

    public byte[] qrPng(String username, String secret) {
        try {
            return new ZxingPngQrGenerator().generate(data(username, secret));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the enrolment QR code", e);
        }
    }

    /** The time step the code belongs to, or -1 if it is wrong, malformed or already used. */
    public long verify(String secret, String code, long lastStep) {
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        long accepted = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            byte[] expected = generate(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && step > lastStep && accepted < 0) {
                accepted = step;
            }
        }
        return accepted;
    }

    String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a TOTP code", e);
        }
    }

    private QrData data(String username, String secret) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
    }
}
