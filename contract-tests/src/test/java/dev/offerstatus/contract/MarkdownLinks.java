package dev.offerstatus.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every relative link of every Markdown file under a directory: the file (or directory) it
 * names exists and its {@code #anchor}, if any, is a heading of that file (GitHub's slugs) or an
 * HTML {@code id}/{@code name}. Links with a scheme ({@code https:}, {@code mailto:}) are not
 * followed; code blocks and code spans are not read. Directories named {@code target} or {@code
 * node_modules} and hidden ones are skipped.
 */
final class MarkdownLinks {
  /** {@code [text](target)} and {@code ![alt](target)}; the target may be in angle brackets. */
  private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>]*>|[^)\\s]+)[^)]*\\)");

  /** A reference definition, {@code [id]: target}. */
  private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(\\S+)");

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\s[^>]*(?:id|name)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** One broken link: where it is, what it says and why it does not resolve. */
  record Broken(String file, int line, String link, String why) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + link + ": " + why;
    }
  }

  private final Path root;
  private final Map<Path, Set<String>> anchors = new HashMap<>();

  private MarkdownLinks(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Every broken relative link of every {@code *.md} file under {@code root}, in file order. */
  static List<Broken> check(Path root) {
    MarkdownLinks links = new MarkdownLinks(root);
    List<Broken> broken = new ArrayList<>();
    for (Path file : markdownFiles(links.root)) {
      broken.addAll(links.checkFile(file));
    }
    return broken;
  }

  /** The {@code *.md} files under {@code root}, sorted, without build output and dependencies. */
  static List<Path> markdownFiles(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skipped =
                  !dir.equals(root)
                      && (name.equals("target")
                          || name.equals("node_modules")
                          || name.startsWith("."));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (file.getFileName().toString().endsWith(".md")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  private List<Broken> checkFile(Path file) {
    List<Broken> broken = new ArrayList<>();
    String name = root.relativize(file).toString().replace('\\', '/');
    List<String> lines = read(file);
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isFence(line)) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      String text = withoutCode(line);
      List<String> targets = new ArrayList<>();
      Matcher inline = INLINE.matcher(text);
      while (inline.find()) {
        targets.add(inline.group(1));
      }
      Matcher reference = REFERENCE.matcher(text);
      if (reference.find()) {
        targets.add(reference.group(1));
      }
      for (String target : targets) {
        String why = problem(file, target);
        if (why != null) {
          broken.add(new Broken(name, i + 1, "(" + target + ")", why));
        }
      }
    }
    return broken;
  }

  /** Why {@code target}, written in {@code file}, does not resolve; {@code null} when it does. */
  private String problem(Path file, String target) {
    String link = target.startsWith("<") ? target.substring(1, target.length() - 1) : target;
    if (SCHEME.matcher(link).find()) {
      return null;
    }
    int hash = link.indexOf('#');
    String path = hash < 0 ? link : link.substring(0, hash);
    String anchor = hash < 0 ? null : link.substring(hash + 1);
    Path resolved;
    if (path.isEmpty()) {
      resolved = file;
    } else {
      String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      resolved =
          (decoded.startsWith("/")
                  ? root.resolve(decoded.substring(1))
                  : file.resolveSibling(decoded))
              .normalize();
      if (!resolved.startsWith(root)) {
        return "points outside the repository";
      }
      if (!Files.exists(resolved)) {
        return "no file " + root.relativize(resolved).toString().replace('\\', '/');
      }
    }
    if (anchor == null || anchor.isEmpty()) {
      return null;
    }
    if (!resolved.getFileName().toString().endsWith(".md") || Files.isDirectory(resolved)) {
      return "an anchor into a file that is not Markdown";
    }
    if (!anchorsOf(resolved).contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
      return "no heading with the anchor #"
          + anchor
          + " in "
          + root.relativize(resolved).toString().replace('\\', '/');
    }
    return null;
  }

  private Set<String> anchorsOf(Path file) {
    return anchors.computeIfAbsent(file, MarkdownLinks::readAnchors);
  }

  private static Set<String> readAnchors(Path file) {
    Set<String> found = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : read(file)) {
      if (isFence(line)) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(2));
        int count = seen.merge(slug, 1, Integer::sum);
        found.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        found.add(html.group(1));
      }
    }
    return found;
  }

  /**
   * GitHub's anchor of a heading: the rendered text (links reduced to their text, code and emphasis
   * marks dropped), lower-cased, every character but letters, digits, marks, {@code _}, {@code -}
   * and spaces removed, spaces turned into {@code -}.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    text = text.replaceAll("<[^>]+>", "").replace("`", "").replace("*", "");
    return text.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
        .replace(' ', '-');
  }

  private static boolean isFence(String line) {
    String stripped = line.stripLeading();
    return stripped.startsWith("```") || stripped.startsWith("~~~");
  }

  private static String withoutCode(String line) {
    return line.replaceAll("(`+)(?:(?!\\1).)+?\\1", "``");
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
