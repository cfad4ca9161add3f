package id.pita.core.credential;

import id.pita.core.Check;
import id.pita.core.session.MacAddress;
import java.time.Instant;

/**
 * A credential minted for one device at one gateway. The password is needed in clear by the engine
 * to check CHAP; it is never logged and never printed by {@link #toString()}.
 */
public record CitizenCredential(String username, String password, String gatewayId, String siteCode, MacAddress mac,
                                Instant expires) {
    public CitizenCredential {
        Check.notBlank("username", username);
        Check.notBlank("password", password);
        Check.notBlank("gatewayId", gatewayId);
        Check.notBlank("siteCode", siteCode);
        Check.notNull("mac", mac);
        Check.notNull("expires", expires);
    }

    @Override
    public String toString() {
        return "CitizenCredential[username=" + username + ", gateway=" + gatewayId + ", site=" + siteCode
                + ", expires=" + expires + "]";
    }
}
