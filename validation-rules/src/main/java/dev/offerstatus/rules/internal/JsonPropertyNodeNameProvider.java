package dev.offerstatus.rules.internal;

import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/** Names property path nodes by their JSON names ({@code onboarding_info}), as Jackson does. */
public final class JsonPropertyNodeNameProvider implements PropertyNodeNameProvider {
  @Override
  public String getName(Property property) {
    if (property instanceof JavaBeanProperty bean) {
      return BeanDocumentAccess.jsonName(bean.getDeclaringClass(), property.getName());
    }
    return property.getName();
  }
}
