package dev.offerstatus.rules.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.offerstatus.spec.JsonScalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A Java bean (such as a generated model) as a {@link DocumentAccess}: properties are found by
 * their JSON names as Jackson sees them, enums read as their JSON values, dates as their ISO text.
 */
public final class BeanDocumentAccess implements DocumentAccess<Object> {
  /** The shared instance. */
  public static final BeanDocumentAccess INSTANCE = new BeanDocumentAccess();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** JSON name to accessor, per class. */
  private static final ClassValue<Map<String, AnnotatedMember>> ACCESSORS =
      perClass(
          type -> {
            Map<String, AnnotatedMember> accessors = new HashMap<>();
            for (BeanPropertyDefinition p : describe(type).findProperties()) {
              AnnotatedMember accessor = p.getAccessor();
              if (accessor != null) {
                accessor.fixAccess(true);
                accessors.put(p.getName(), accessor);
              }
            }
            return Map.copyOf(accessors);
          });

  /** Java property name to JSON name, per class. */
  private static final ClassValue<Map<String, String>> JSON_NAMES =
      perClass(
          type -> {
            Map<String, String> names = new HashMap<>();
            for (BeanPropertyDefinition p : describe(type).findProperties()) {
              names.put(p.getInternalName(), p.getName());
            }
            return Map.copyOf(names);
          });

  /** JSON value per enum constant. */
  private static final ClassValue<Map<Object, Object>> ENUM_VALUES =
      perClass(
          type -> {
            Map<Object, Object> values = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
              Object scalar = JsonScalars.of(MAPPER.valueToTree(constant));
              values.put(constant, scalar == null ? constant.toString() : scalar);
            }
            return Map.copyOf(values);
          });

  private BeanDocumentAccess() {}

  private static <T> ClassValue<T> perClass(Function<Class<?>, T> compute) {
    return new ClassValue<>() {
      @Override
      protected T computeValue(Class<?> type) {
        return compute.apply(type);
      }
    };
  }

  private static BeanDescription describe(Class<?> type) {
    return MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type));
  }

  /** The JSON name Jackson gives a Java property of a class (the Java name when unknown). */
  public static String jsonName(Class<?> type, String javaName) {
    return JSON_NAMES.get(type).getOrDefault(javaName, javaName);
  }

  @Override
  public Object child(Object node, String name) {
    if (node instanceof Map<?, ?> map) {
      return map.get(name);
    }
    if (node instanceof JsonNode json) {
      return JsonDocumentAccess.INSTANCE.child(json, name);
    }
    if (scalar(node) != null || node instanceof Iterable<?> || node.getClass().isArray()) {
      return null;
    }
    AnnotatedMember accessor = ACCESSORS.get(node.getClass()).get(name);
    return accessor == null ? null : accessor.getValue(node);
  }

  @Override
  public LocalDate date(Object node) {
    if (node instanceof LocalDate date) {
      return CalendarDates.isWritable(date) ? date : null;
    }
    return DocumentAccess.super.date(node);
  }

  @Override
  public Object scalar(Object node) {
    if (node instanceof String s) {
      return s;
    }
    if (node instanceof BigDecimal d) {
      return d;
    }
    if (node instanceof Integer
        || node instanceof Long
        || node instanceof Short
        || node instanceof Byte) {
      return BigDecimal.valueOf(((Number) node).longValue());
    }
    if (node instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (node instanceof Double || node instanceof Float) {
      double d = ((Number) node).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : node.toString();
    }
    if (node instanceof Boolean b) {
      return b;
    }
    if (node instanceof Enum<?> e) {
      return ENUM_VALUES.get(e.getDeclaringClass()).get(e);
    }
    if (node instanceof LocalDate date) {
      return date.toString();
    }
    if (node instanceof CharSequence || node instanceof Character) {
      return node.toString();
    }
    if (node instanceof JsonNode json) {
      return JsonScalars.of(json);
    }
    return null;
  }
}
