package dev.offerstatus.checks.sdk;

import dev.offerstatus.checks.CheckInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The SDK jar's classes read as bytecode with ASM: nothing of the SDK is loaded or run, and its
 * dependencies (Gson, OkHttp) need not be present. (Reflection over a class loader would run the
 * SDK's static initialisers and, without Gson on the path, silently drop the {@code SerializedName}
 * annotations that carry the JSON names.) Only the classes asked for are read, so memory stays
 * bounded whatever the jar's size.
 *
 * <p>What the SDK states, as found in 2.5.x: each service version's {@code resource} classes have
 * one method per endpoint, which passes the HTTP method and the path ({@code :param} placeholders)
 * as string constants to {@code com.lark.oapi.core.Transport.send}; the method takes the request
 * class ({@code XxxReq}: path and query parameters marked {@code @Path}/{@code @Query}, the body as
 * the {@code @Body} field) and returns the response class, a {@code BaseResponse<T>} whose {@code
 * data} is {@code T}. Model fields carry their JSON names in Gson's {@code @SerializedName}; a
 * field with enum values has a builder method of the same name taking an enum class of the
 * service's {@code enums} package, whose constants hold the values.
 */
final class SdkClasses implements AutoCloseable {
  static final String TRANSPORT = "com/lark/oapi/core/Transport";
  static final String BASE_RESPONSE = "com/lark/oapi/core/response/BaseResponse";
  static final String EMPTY_DATA = "com/lark/oapi/core/response/EmptyData";
  private static final String SERIALIZED_NAME = "Lcom/google/gson/annotations/SerializedName;";
  private static final String PATH = "Lcom/lark/oapi/core/annotation/Path;";
  private static final String QUERY = "Lcom/lark/oapi/core/annotation/Query;";
  private static final String BODY = "Lcom/lark/oapi/core/annotation/Body;";
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Pattern TYPE_ARGUMENT = Pattern.compile("<L([^;<>]+);>");

  /**
   * An endpoint as a resource method states it.
   *
   * @param method the HTTP method
   * @param path the path with {@code {param}} placeholders
   * @param resource the resource class (binary name with dots)
   * @param javaMethod the resource method's name
   * @param request the request class (internal name)
   * @param response the response class (internal name)
   */
  record Endpoint(
      String method,
      String path,
      String resource,
      String javaMethod,
      String request,
      String response) {}

  /**
   * One field of a model class.
   *
   * @param javaName the Java field name
   * @param jsonName the {@code @SerializedName} (or the Java name when it has none)
   * @param type the field's type
   * @param role {@code path}, {@code query}, {@code body} or empty
   */
  record Field(String javaName, String jsonName, Type type, String generic, String role) {}

  /**
   * A model class.
   *
   * @param name its internal name
   * @param superName its superclass's internal name
   * @param signature its generic signature, or null
   * @param fields its instance fields in declaration order
   */
  record ModelClass(String name, String superName, String signature, List<Field> fields) {
    /** The {@code T} of {@code BaseResponse<T>}, or null. */
    String responseData() {
      if (!BASE_RESPONSE.equals(superName) || signature == null) {
        return null;
      }
      Matcher m = TYPE_ARGUMENT.matcher(signature);
      return m.find() ? m.group(1) : null;
    }
  }

  private final ZipFile zip;
  private final String jarName;
  private final Map<String, Optional<ModelClass>> models = new HashMap<>();
  private final Map<String, Optional<List<String>>> enums = new HashMap<>();
  private final Map<String, Map<String, String>> builderEnums = new HashMap<>();

  private SdkClasses(ZipFile zip, String jarName) {
    this.zip = zip;
    this.jarName = jarName;
  }

  static SdkClasses open(Path jar) {
    try {
      return new SdkClasses(new ZipFile(jar.toFile()), jar.getFileName().toString());
    } catch (IOException e) {
      throw new CheckInputException("cannot read the SDK jar " + jar + ": " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing was written that could be lost
    }
  }

  /** The endpoints of the resource classes in {@code package} (internal name, ending in '/'). */
  List<Endpoint> endpoints(String resourcePackage) {
    List<Endpoint> found = new ArrayList<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = entry.getName();
      if (name.startsWith(resourcePackage)
          && name.endsWith(".class")
          && name.indexOf('/', resourcePackage.length()) < 0) {
        read(name, new ResourceVisitor(name.substring(0, name.length() - 6), found), 0);
      }
    }
    return found;
  }

  /** The model class of that internal name, if the jar has it. */
  Optional<ModelClass> model(String internalName) {
    return models.computeIfAbsent(
        internalName,
        n -> {
          ModelVisitor visitor = new ModelVisitor();
          if (!read(n + ".class", visitor, ClassReader.SKIP_CODE)) {
            return Optional.empty();
          }
          return Optional.of(
              new ModelClass(n, visitor.superName, visitor.signature, visitor.fields));
        });
  }

  /**
   * The enum values the SDK states for a field of a model class (its builder's method of that name
   * taking an enum), or empty when it states none.
   */
  Optional<List<String>> enumValues(String modelClass, String javaField) {
    Map<String, String> byField =
        builderEnums.computeIfAbsent(
            modelClass,
            n -> {
              BuilderVisitor visitor = new BuilderVisitor();
              read(n + "$Builder.class", visitor, ClassReader.SKIP_CODE);
              return visitor.enumsByMethod;
            });
    String enumClass = byField.get(javaField);
    if (enumClass == null) {
      return Optional.empty();
    }
    return enums.computeIfAbsent(
        enumClass,
        n -> {
          EnumVisitor visitor = new EnumVisitor(n);
          return read(n + ".class", visitor, 0)
              ? Optional.of(List.copyOf(visitor.values))
              : Optional.empty();
        });
  }

  private boolean read(String entryName, ClassVisitor visitor, int flags) {
    ZipEntry entry = zip.getEntry(entryName);
    if (entry == null) {
      return false;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      new ClassReader(in).accept(visitor, flags | ClassReader.SKIP_DEBUG);
      return true;
    } catch (IOException | RuntimeException e) {
      throw new CheckInputException(
          "cannot read " + entryName + " in the SDK jar " + jarName + ": " + e, e);
    }
  }

  /** The HTTP method and path each resource method hands to {@code Transport.send}. */
  private static final class ResourceVisitor extends ClassVisitor {
    private final String owner;
    private final List<Endpoint> into;

    ResourceVisitor(String owner, List<Endpoint> into) {
      super(Opcodes.ASM9);
      this.owner = owner;
      this.into = into;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      if ((access & Opcodes.ACC_PUBLIC) == 0 || (access & Opcodes.ACC_STATIC) != 0) {
        return null;
      }
      Type method = Type.getMethodType(descriptor);
      if (method.getArgumentTypes().length == 0
          || method.getArgumentTypes()[0].getSort() != Type.OBJECT
          || method.getReturnType().getSort() != Type.OBJECT) {
        return null;
      }
      return new MethodVisitor(Opcodes.ASM9) {
        private String httpMethod;
        private String path;
        private boolean done;

        @Override
        public void visitLdcInsn(Object value) {
          if (done || !(value instanceof String s)) {
            return;
          }
          if (METHODS.contains(s)) {
            httpMethod = s;
          } else if (s.startsWith("/open-apis/")) {
            path = s;
          }
        }

        @Override
        public void visitMethodInsn(
            int opcode, String owner, String name, String descriptor, boolean isInterface) {
          if (!done && TRANSPORT.equals(owner) && name.equals("send")) {
            done = true;
            if (httpMethod != null && path != null) {
              into.add(
                  new Endpoint(
                      httpMethod,
                      path.replaceAll(":([A-Za-z0-9_]+)", "{$1}"),
                      ResourceVisitor.this.owner.replace('/', '.'),
                      name(),
                      method.getArgumentTypes()[0].getInternalName(),
                      method.getReturnType().getInternalName()));
            }
          }
        }

        private String name() {
          return name;
        }
      };
    }
  }

  /** A model class's instance fields with their JSON names and roles. */
  private static final class ModelVisitor extends ClassVisitor {
    private final List<Field> fields = new ArrayList<>();
    private String superName;
    private String signature;

    ModelVisitor() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      this.superName = superName;
      this.signature = signature;
    }

    @Override
    public FieldVisitor visitField(
        int access, String name, String descriptor, String signature, Object value) {
      if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) != 0) {
        return null;
      }
      String[] json = {null};
      String[] role = {""};
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          switch (annotation) {
            case PATH -> role[0] = "path";
            case QUERY -> role[0] = "query";
            case BODY -> role[0] = "body";
            case SERIALIZED_NAME -> {
              return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String key, Object v) {
                  if ("value".equals(key)) {
                    json[0] = String.valueOf(v);
                  }
                }
              };
            }
            default -> {}
          }
          return null;
        }

        @Override
        public void visitEnd() {
          fields.add(
              new Field(
                  name,
                  json[0] == null ? name : json[0],
                  Type.getType(descriptor),
                  signature,
                  role[0]));
        }
      };
    }
  }

  /** A builder's one-argument methods whose argument is an enum of an {@code enums} package. */
  private static final class BuilderVisitor extends ClassVisitor {
    private final Map<String, String> enumsByMethod = new LinkedHashMap<>();

    BuilderVisitor() {
      super(Opcodes.ASM9);
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      Type[] arguments = Type.getArgumentTypes(descriptor);
      if (arguments.length == 1
          && arguments[0].getSort() == Type.OBJECT
          && arguments[0].getInternalName().contains("/enums/")) {
        enumsByMethod.put(name, arguments[0].getInternalName());
      }
      return null;
    }
  }

  /**
   * An SDK enum's values: its static initialiser calls {@code new E(NAME, ordinal, value)} for each
   * constant; the value is the last constant pushed before that constructor call.
   */
  private static final class EnumVisitor extends ClassVisitor {
    private final String owner;
    private final List<String> values = new ArrayList<>();

    EnumVisitor(String owner) {
      super(Opcodes.ASM9);
      this.owner = owner;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      if (!name.equals("<clinit>")) {
        return null;
      }
      return new MethodVisitor(Opcodes.ASM9) {
        private Object last;

        @Override
        public void visitLdcInsn(Object value) {
          last = value;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
          if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
            last = operand;
          }
        }

        @Override
        public void visitInsn(int opcode) {
          if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
            last = opcode - Opcodes.ICONST_0;
          }
        }

        @Override
        public void visitMethodInsn(
            int opcode, String owner, String name, String descriptor, boolean isInterface) {
          if (opcode == Opcodes.INVOKESPECIAL
              && owner.equals(EnumVisitor.this.owner)
              && name.equals("<init>")
              && Type.getArgumentTypes(descriptor).length >= 3
              && last != null) {
            values.add(String.valueOf(last));
            last = null;
          }
        }
      };
    }
  }
}
