package org.openhall.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The ids kiosks and boards report under when none is configured: made from the host name. */
public final class DeviceIds {

    /** The longest device id queue-service accepts. */
    public static final int MAX_LENGTH = 64;

    private DeviceIds() {
    }

    /**
     * {@code <prefix>-<host>}: the host's first name label with anything outside {@code [A-Za-z0-9_-]}
     * replaced by {@code -}, lower-cased and cut to {@link #MAX_LENGTH}; the prefix alone without a host.
     */
    public static String fromHost(String prefix, @Nullable String host) {
        String label = host == null ? "" : host.strip();
        int dot = label.indexOf('.');
        if (dot > 0) {
            label = label.substring(0, dot);
        }
        label = label.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        String id = label.isEmpty() ? prefix : prefix + "-" + label;
        return id.length() <= MAX_LENGTH ? id : id.substring(0, MAX_LENGTH);
    }

    /** This machine's host name: {@code HOSTNAME}, else what the network stack says, else null. */
    public static @Nullable String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }
}
