/**
 * Skipping build steps whose inputs did not change: a {@link
 * dev.offerstatus.maven.uptodate.Fingerprint} of the inputs, the {@link
 * dev.offerstatus.maven.uptodate.Stamp} of the last successful run, and the {@link
 * dev.offerstatus.maven.uptodate.GuardedSteps} whose configuration counts as an input.
 */
package dev.offerstatus.maven.uptodate;
