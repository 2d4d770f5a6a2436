package dev.offerstatus.maven;

import dev.offerstatus.maven.uptodate.Fingerprint;
import dev.offerstatus.maven.uptodate.Stamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the stamps of the steps that {@code up-to-date} found changed in this module, once they
 * have run: bind it after them. Nothing to write when they were skipped.
 */
@Mojo(name = "up-to-date-stamp", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class UpToDateStampMojo extends AbstractMojo {
  @Override
  public void execute() throws MojoExecutionException {
    Iterator<Map.Entry<Path, Fingerprint>> pending =
        UpToDateMojo.pending(getPluginContext()).entrySet().iterator();
    while (pending.hasNext()) {
      Map.Entry<Path, Fingerprint> entry = pending.next();
      try {
        new Stamp(entry.getKey(), entry.getKey().getParent()).write(entry.getValue());
      } catch (IOException e) {
        throw new MojoExecutionException(
            "up-to-date-stamp: cannot write the stamp " + entry.getKey() + ": " + e, e);
      }
      pending.remove();
    }
  }
}
