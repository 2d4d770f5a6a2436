package dev.offerstatus.checks.doc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The differences found between one page and its operation, and the one way they are worded: {@code
 * added <what>}, {@code removed <what>}, {@code changed [<aspect> of ]<subject> from <spec's> to
 * <doc's>}. check-doc's report lines are read back by propose and pinned by tests and ITs, so every
 * area of a page words its differences through these methods only.
 */
final class Differences {
  /** Shows a value as the spec or the doc states it: {@code (none)} when it states none. */
  static final Function<Object, String> PLAIN = v -> v == null ? "(none)" : String.valueOf(v);

  /** Shows a text value in double quotes: {@code (none)} when there is none. */
  static final Function<Object, String> QUOTED = v -> v == null ? "(none)" : "\"" + v + "\"";

  /** One difference: the page line, the spec's pointer and the report message. */
  record Difference(int line, String pointer, String message) {}

  private final List<Difference> found = new ArrayList<>();

  /** The differences in the order they were found. */
  List<Difference> found() {
    return found;
  }

  void add(Difference difference) {
    found.add(difference);
  }

  /** {@code added <what>}: the doc states something the spec does not have. */
  void added(int line, String pointer, String what) {
    found.add(new Difference(line, pointer, "added " + what));
  }

  /** {@code removed <what>}: the spec has something the doc no longer states. */
  void removed(int line, String pointer, String what) {
    found.add(new Difference(line, pointer, "removed " + what));
  }

  /** {@code changed <what>}: a change that is not one value for another (an example, say). */
  void changed(int line, String pointer, String what) {
    found.add(new Difference(line, pointer, "changed " + what));
  }

  /** {@code changed [<aspect> of ]<subject> from <from> to <to>}, the values shown as given. */
  void changed(int line, String pointer, String aspect, String subject, String from, String to) {
    found.add(new Difference(line, pointer, changedMessage(aspect, subject, from, to)));
  }

  /** The wording of a change, for a difference kept back before it is reported. */
  static String changedMessage(String aspect, String subject, String from, String to) {
    return "changed "
        + (aspect.isEmpty() ? "" : aspect + " of ")
        + subject
        + " from "
        + from
        + " to "
        + to;
  }

  /**
   * A value the doc states ({@code doc != null}) that differs from the spec's is a change; a value
   * the doc leaves out is not.
   */
  <T> void changedIfStated(
      int line,
      String pointer,
      String aspect,
      String subject,
      T spec,
      T doc,
      Function<Object, String> show) {
    if (doc != null && !doc.equals(spec)) {
      changed(line, pointer, aspect, subject, show.apply(spec), show.apply(doc));
    }
  }

  /**
   * The one added/changed/removed comparison every area of a page shares. Each doc item, in page
   * order, is matched with the spec's item of the same key: without one it is {@code added}, with
   * one the two are {@code compared}; then each spec item (in the spec's order) whose key no doc
   * item has is {@code removed}.
   */
  static <D, S> void match(
      Collection<D> doc,
      Function<D, String> docKey,
      Map<String, S> spec,
      Consumer<D> added,
      BiConsumer<D, S> compared,
      BiConsumer<String, S> removed) {
    Set<String> documented = new HashSet<>();
    for (D item : doc) {
      String key = docKey.apply(item);
      documented.add(key);
      S declared = spec.get(key);
      if (declared == null) {
        added.accept(item);
      } else {
        compared.accept(item, declared);
      }
    }
    spec.forEach(
        (key, declared) -> {
          if (!documented.contains(key)) {
            removed.accept(key, declared);
          }
        });
  }

  /** {@code required} or {@code optional}. */
  static String optionality(boolean required) {
    return required ? "required" : "optional";
  }

  /** The optionality a doc states, or null when it states none. */
  static String optionality(Boolean required) {
    return required == null ? null : optionality(required.booleanValue());
  }

  /** The spec's bilingual text ("系统错误 / system error") states the doc's ("系统错误"). */
  static boolean sameText(String spec, String doc) {
    return spec != null && (spec.equals(doc) || spec.startsWith(doc + " / "));
  }
}
