package org.openhall.queue.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ResidentId;
import org.openhall.queue.problem.QueueException;
import org.springframework.stereotype.Component;

/**
 * Turns a resident ID number into what the service may keep: a keyed hash (HMAC-SHA256 with
 * {@code openhall.identity.secret}, hex) that matches the same person everywhere, and the masked
 * form. The clear number is never returned, stored or logged.
 */
@Component
public class PersonKeys {

    private final AppSecrets secrets;
    private final IdentityProperties properties;

    PersonKeys(AppSecrets secrets, IdentityProperties properties) {
        this.secrets = secrets;
        this.properties = properties;
    }

    /** A person identified by ID number, as stored. */
    public record Person(String hash, String maskedId) {

        @Override
        public String toString() {
            return maskedId;
        }
    }

    /**
     * The person with that ID number (normalised: stripped, upper-case X); an invalid number is
     * refused with a 400 problem {@code invalid-id-number}.
     */
    public Person person(@Nullable String idNumber) {
        ResidentId id;
        try {
            id = new ResidentId(idNumber);
        } catch (IllegalArgumentException e) {
            throw QueueException.badRequest("invalid-id-number", e.getMessage());
        }
        return new Person(hash(id), id.masked());
    }

    /** The keyed hash of the ID number: 64 hex characters, the same for the same person. */
    public String hash(ResidentId id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("identity", properties.secret()), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
