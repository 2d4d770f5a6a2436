package dev.offerstatus.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Says when a bind address exposes the simulator beyond this machine. */
final class BindCheck {
  private BindCheck() {}

  /** Whether {@code address} is a loopback address (a name is resolved, as the bind will). */
  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false; // the bind itself fails with a clear message
    }
  }

  /** The warning for a non-loopback bind, or null on loopback. */
  static String warning(String address, boolean providerStates) {
    if (isLoopback(address)) {
      return null;
    }
    return "the simulator listens on "
        + address
        + ", not a loopback address: anyone who can reach it can fetch tokens with its app"
        + " credentials and change its offers"
        + (providerStates
            ? "; the provider-state endpoint is on, so it needs a key (providerStateKey, "
                + Simulator.PROVIDER_STATE_KEY_ENV
                + " or --provider-state-key-file)"
            : "")
        + ". Bind 127.0.0.1 unless other hosts must reach it (see docs/security.md)";
  }
}
