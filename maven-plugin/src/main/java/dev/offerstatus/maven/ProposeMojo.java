package dev.offerstatus.maven;

import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Finding;
import dev.offerstatus.checks.propose.Proposal;
import dev.offerstatus.checks.propose.SpecProposer;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns check-doc's mechanical drift (enum values, fields with type and required flag, required,
 * rate limits, error codes with status, path, examples, last_remote_update) into a proposed spec
 * and a unified diff under {@code target/offer-status/proposal/}, editing only the changed lines of
 * the hand-written YAML; classifies the change with check-compat and writes the changelog entry.
 * With {@code -DofferStatus.apply=true} it writes the proposal into the spec and appends the entry
 * to the contract changelog. Drift that needs judgement is listed as a warning with its doc line.
 */
@Mojo(name = "propose", threadSafe = true)
public final class ProposeMojo extends AbstractCheckMojo {
  /**
   * Doc pages ({@code .md}) or directories of them; comma-separated on the command line. Unset: the
   * pages check-doc reads, each in its role (the pages the spec names in its {@code
   * x-upstream-doc}s: the operations' pages, and {@code info}'s generic error-code page).
   */
  @Parameter(property = "offerStatus.docs")
  File[] docs;

  /** Write the proposal into the spec and append the changelog entry. */
  @Parameter(property = "offerStatus.apply", defaultValue = "false")
  boolean apply;

  /** The contract changelog; default: {@code CHANGELOG.md} beside the spec. */
  @Parameter(property = "offerStatus.changelog")
  File changelog;

  /** Skip this goal. */
  @Parameter(property = "offerStatus.propose.skip", defaultValue = "false")
  boolean skip;

  @Override
  String checkName() {
    return SpecProposer.NAME;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  /** Needs-a-person items are warnings: the nightly job still opens its pull request. */
  @Override
  boolean failOnFindings() {
    return false;
  }

  @Override
  CheckReport check() {
    File log = changelog != null ? changelog : new File(spec.getParentFile(), "CHANGELOG.md");
    SpecProposer.Result result =
        SpecProposer.run(
            new SpecProposer.Config(
                spec.toPath(),
                docs == null ? List.of() : Arrays.stream(docs).map(File::toPath).toList(),
                base(),
                outputDirectory.toPath(),
                apply,
                log.toPath()));
    for (Proposal.Change c : result.changes()) {
      getLog().info("propose: " + c.drift() + " -> " + c.edit());
    }
    List<Finding> open = new ArrayList<>();
    for (Proposal.Open o : result.open()) {
      open.add(
          new Finding(
              o.drift().page() + ":" + o.drift().line(),
              o.drift().pointer(),
              "needs a person: " + o.drift().message() + " (" + o.reason() + ")"));
    }
    String summary =
        result.changes().size()
            + (result.changes().size() == 1 ? " change" : " changes")
            + " proposed"
            + (result.classification() == null ? "" : " (" + result.classification() + ")")
            + ", "
            + open.size()
            + " left to a person; diff: "
            + display(result.diff())
            + (result.applied()
                ? "; applied to " + display(spec.toPath()) + ", changelog " + display(log.toPath())
                : result.changes().isEmpty() ? "" : "; -DofferStatus.apply=true writes it");
    return new CheckReport(SpecProposer.NAME, summary, open);
  }
}
