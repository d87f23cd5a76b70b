package org.uglymugs.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt password hashes (Elytron). A miss costs the same as a hit: unknown users are checked against a dummy. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    private final int cost;
    private final String dummy;

    public Passwords(StaffConfig config) {
        this.cost = config.bcryptCost();
        this.dummy = BcryptUtil.bcryptHash("not-a-real-password-" + System.nanoTime(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            verify("", dummy);
            return false;
        }
        return verify(password, hash);
    }

    /** Spends the same work as a real check, for accounts that do not exist or may not log in. */
    public void burn(String password) {
        verify(password == null ? "" : password, dummy);
    }

    private static boolean verify(String password, String hash) {
        try {
            Password raw = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword stored = (BCryptPassword) factory.translate(raw);
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
