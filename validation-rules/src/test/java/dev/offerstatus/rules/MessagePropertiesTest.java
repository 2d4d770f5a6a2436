package dev.offerstatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.rules.constraints.CalendarDate;
import dev.offerstatus.rules.constraints.DateAfter;
import dev.offerstatus.rules.constraints.PathSegment;
import dev.offerstatus.rules.constraints.RequiredWhen;
import dev.offerstatus.rules.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

/** Every message key resolves in English and in Chinese, the way Hibernate Validator reads it. */
class MessagePropertiesTest {
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
  private static final List<Class<?>> CONSTRAINTS =
      List.of(RequiredWhen.class, DateAfter.class, CalendarDate.class, PathSegment.class);

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagePropertiesTest.class.getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void bothLocalesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties english = load("ValidationMessages.properties");
    Properties chinese = load("ValidationMessages_zh_CN.properties");
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(chinese.getProperty(key)))
          .as(key)
          .isEqualTo(placeholders(english.getProperty(key)));
      assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyConstraintHasItsKeyAsDefaultMessage() throws Exception {
    Properties english = load("ValidationMessages.properties");
    for (Class<?> constraint : CONSTRAINTS) {
      String key = constraint.getName() + ".message";
      assertThat(english).as(key).containsKey(key);
      assertThat(constraint.getMethod("message").getDefaultValue()).isEqualTo("{" + key + "}");
    }
  }

  @Test
  void everyKeyTheCodeUsesResolvesInBothLocalesThroughHibernateValidator() throws Exception {
    PlatformResourceBundleLocator locator =
        new PlatformResourceBundleLocator(Messages.BUNDLE, null, false);
    int keys = 0;
    for (Field field : Messages.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())
          || !field.getName().equals(field.getName().toUpperCase(Locale.ROOT))) {
        continue;
      }
      String key = (String) field.get(null);
      if (key.isEmpty() || key.equals(Messages.BUNDLE)) {
        continue;
      }
      keys++;
      String english = locator.getResourceBundle(Locale.ENGLISH).getString(key);
      String chinese = locator.getResourceBundle(Locale.SIMPLIFIED_CHINESE).getString(key);
      assertThat(chinese).as(key).isNotEqualTo(english);
      for (Locale locale : LOCALES) {
        assertThat(Messages.render(key, java.util.Map.of(), locale))
            .as(key + " in " + locale)
            .isEqualTo(locale == Locale.ENGLISH ? english : chinese);
      }
    }
    assertThat(keys).isEqualTo(19); // one per built-in rule and rule kind, one per message form
  }

  @Test
  void anyChineseLocaleReadsChineseAndOtherLocalesReadEnglish() {
    assertThat(Messages.render(Messages.REQUIRED, java.util.Map.of(), Locale.CHINESE))
        .isEqualTo("必填");
    assertThat(Messages.render(Messages.REQUIRED, java.util.Map.of(), Locale.TRADITIONAL_CHINESE))
        .isEqualTo("必填");
    assertThat(Messages.render(Messages.REQUIRED, java.util.Map.of(), Locale.FRENCH))
        .isEqualTo("is required");
  }
}
