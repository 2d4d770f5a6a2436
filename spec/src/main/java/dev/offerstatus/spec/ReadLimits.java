package dev.offerstatus.spec;

/**
 * Bounds on what a spec may cost to read.
 *
 * @param maxChars the longest text accepted, in chars
 * @param maxAliases the most aliases of collections ({@code *anchor} of a map or list)
 * @param maxNodes the most YAML nodes after expanding aliases
 * @param maxDepth the deepest nesting of maps and lists
 */
public record ReadLimits(int maxChars, int maxAliases, int maxNodes, int maxDepth) {
  /** Checks that every bound is positive. */
  public ReadLimits {
    if (maxChars < 1 || maxAliases < 0 || maxNodes < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxChars);
    }
  }
}
