package dev.offerstatus.checks.propose;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.InputFiles;
import dev.offerstatus.checks.OutputFiles;
import dev.offerstatus.checks.SpecDocument;
import dev.offerstatus.checks.compat.CompatCheck;
import dev.offerstatus.checks.doc.DocCheck;
import dev.offerstatus.checks.doc.PageFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * propose: runs check-doc, turns its mechanical drift into a proposed spec and a unified diff under
 * the output directory, classifies the change with check-compat and writes the changelog entry;
 * with {@code apply} it also writes the proposal into the source spec and appends the entry to the
 * contract changelog.
 */
public final class SpecProposer {
  /** The goal's name in reports. */
  public static final String NAME = "propose";

  /**
   * What to do.
   *
   * @param spec the hand-written spec
   * @param docs doc page files, or directories whose {@code *.md} files are pages; empty: the pages
   *     the spec names, as check-doc reads them ({@link DocCheck#pages})
   * @param baseDir reports name files relative to it
   * @param outputDirectory where {@code proposal/} is written (e.g. target/offer-status)
   * @param apply write the proposal into {@code spec} and append to {@code changelog}
   * @param changelog the contract changelog file
   */
  public record Config(
      Path spec,
      List<Path> docs,
      Path baseDir,
      Path outputDirectory,
      boolean apply,
      Path changelog) {
    public Config {
      Objects.requireNonNull(spec, "spec == null");
      docs = List.copyOf(Objects.requireNonNull(docs, "docs == null"));
      Objects.requireNonNull(baseDir, "baseDir == null");
      Objects.requireNonNull(outputDirectory, "outputDirectory == null");
      Objects.requireNonNull(changelog, "changelog == null");
    }
  }

  /**
   * What was proposed.
   *
   * @param changes the mechanical changes made
   * @param open the drift left to a person
   * @param classification check-compat's verdict on the proposal (null when nothing changed)
   * @param compat check-compat's report (null when nothing changed)
   * @param remaining check-doc on the proposed spec: what the proposal leaves
   * @param proposedSpec the proposed spec file
   * @param diff the unified diff file
   * @param summary the Markdown summary (the changelog entry)
   * @param applied true when the source spec was rewritten
   */
  public record Result(
      List<Proposal.Change> changes,
      List<Proposal.Open> open,
      ContractChangelog.Classification classification,
      CheckReport compat,
      CheckReport remaining,
      Path proposedSpec,
      Path diff,
      Path summary,
      boolean applied) {}

  private SpecProposer() {}

  /** Runs check-doc, proposes, classifies and (with apply) writes the spec and the changelog. */
  public static Result run(Config config) {
    Objects.requireNonNull(config, "config == null");
    String specName = InputFiles.display(config.baseDir(), config.spec());
    SpecDocument spec = SpecDocument.read(config.spec(), specName);
    // exactly the pages check-doc reads, each in its role (the spec's named pages by default)
    DocCheck.Config check = new DocCheck.Config(config.spec(), config.docs(), config.baseDir());
    DocCheck.Pages read = DocCheck.pages(check);
    CheckReport drift = DocCheck.compare(spec, read);
    Map<String, PageFacts> pages = new LinkedHashMap<>();
    read.operations().forEach(page -> pages.put(page.name(), page));
    Map<String, Map<String, PageFacts.Value<String>>> frontMatter = new LinkedHashMap<>();
    read.operations().forEach(page -> frontMatter.put(page.name(), page.frontMatter()));
    read.errorCodes().forEach(page -> frontMatter.put(page.name(), page.frontMatter()));
    // a page whose tables disagree on a shared schema leaves that change to a person
    Disagreements.Outcome outcome =
        Disagreements.propose(spec, pages, Drifts.of(drift), read, specName + " (proposed)");
    Proposal proposal = outcome.proposal();
    List<Proposal.Open> open = outcome.open();
    Path dir = config.outputDirectory().resolve("proposal");
    Path proposed = dir.resolve(config.spec().getFileName().toString());
    Path diffFile = dir.resolve(config.spec().getFileName() + ".diff");
    Path summary = dir.resolve("changelog-entry.md");
    String text = proposal.text();
    write(proposed, text);
    write(diffFile, UnifiedDiff.of(spec.text(), text, "a/" + specName, "b/" + specName));
    CheckReport remaining = outcome.remaining();
    if (proposal.changes().isEmpty()) {
      String entry =
          open.isEmpty()
              ? "No drift: nothing to propose.\n"
              : ContractChangelog.entry(
                  List.of(), open, frontMatter, new CheckReport("check-compat", "", List.of()));
      write(summary, entry);
      return new Result(List.of(), open, null, null, remaining, proposed, diffFile, summary, false);
    }
    CompatCheck.Result compat =
        CompatCheck.compare(spec.text(), specName, text, specName + " (proposed)", dir);
    String entry = ContractChangelog.entry(proposal.changes(), open, frontMatter, compat.report());
    write(summary, entry);
    if (config.apply()) {
      String old = "";
      if (Files.isRegularFile(config.changelog())) {
        old =
            SpecDocument.readText(
                config.changelog(),
                InputFiles.display(config.baseDir(), config.changelog()),
                "changelog");
      }
      write(config.spec(), text);
      write(config.changelog(), ContractChangelog.append(old, entry));
    }
    return new Result(
        proposal.changes(),
        open,
        ContractChangelog.classify(compat.report(), proposal.changes()),
        compat.report(),
        remaining,
        proposed,
        diffFile,
        summary,
        config.apply());
  }

  /** Writes beside the target, then moves over it: never a half-written file. */
  static void write(Path target, String text) {
    try {
      OutputFiles.replace(target, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CheckInputException("cannot write " + target + ": " + e, e);
    }
  }
}
