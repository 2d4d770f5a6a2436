package dev.offerstatus.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.offerstatus.spec.Body;
import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.OfferLookup;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.Schema;
import dev.offerstatus.spec.StateMachine;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Success answers built from the spec, with no code per operation: the success body's schema says
 * which properties an answer has, and each is filled from what the request and the offer hold under
 * that name. An offer shows its fields, its id under the field the one-offer lookups ({@code
 * x-offer-lookup}) compare it with, and its state under every property whose schema is a state
 * machine's {@code states}.
 */
final class Answers {
  /** The property of a success body that holds its data (the platform's envelope). */
  static final String DATA = "data";

  private final ContractModel model;
  private final Set<String> idFields = new LinkedHashSet<>();
  private final Set<String> stateSchemas = new LinkedHashSet<>();

  Answers(ContractModel model) {
    this.model = model;
    for (Operation op : model.operations()) {
      OfferLookup.of(model, op)
          .filter(OfferLookup::single)
          .map(OfferLookup::field)
          .ifPresent(idFields::add);
    }
    model.stateMachines().values().stream().map(StateMachine::states).forEach(stateSchemas::add);
  }

  /**
   * The {@code data} of a success answer of {@code op}: each property of its schema from the path
   * or query parameter of that name, else the offer (after the request), else the request body. An
   * operation that changes no offer ({@code offer == null}) starts from the {@code data} of its own
   * success example, so a value the request cannot give (a new note's id) is the documented one.
   */
  JsonNode data(Operation op, Map<String, String> params, JsonNode request, Offer offer) {
    Schema schema = schemaAt(op, DATA);
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    if (schema == null) {
      return data;
    }
    if (offer == null) {
      op.successBody().stream()
          .flatMap(body -> body.examples().values().stream())
          .map(example -> example.value().path(DATA))
          .filter(JsonNode::isObject)
          .findFirst()
          .ifPresent(example -> data.setAll((ObjectNode) example));
    }
    ObjectNode view = offer == null ? null : view(offer, schema);
    for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
      String name = property.getKey();
      JsonNode value = null;
      if (params.containsKey(name)) {
        value = typed(params.get(name), model.resolve(property.getValue()));
      } else if (view != null && view.hasNonNull(name)) {
        value = view.get(name);
      } else if (request != null && request.hasNonNull(name)) {
        value = request.get(name);
      }
      if (value != null) {
        data.set(name, value.deepCopy());
      }
    }
    return data;
  }

  /** Whether one-offer lookups compare the offer's id with a field of that name. */
  boolean isIdField(String name) {
    return idFields.contains(name);
  }

  /** An offer as {@code schema} shows it: the schema's properties the offer has, in its order. */
  ObjectNode show(Offer offer, Schema schema) {
    ObjectNode view = view(offer, schema);
    ObjectNode shown = JsonNodeFactory.instance.objectNode();
    for (String name : schema.properties().keySet()) {
      if (view.hasNonNull(name)) {
        shown.set(name, view.get(name));
      }
    }
    return shown;
  }

  /**
   * The schema at a dotted path of {@code op}'s success body ({@code data.offer}); for an array,
   * its items' schema. Null when the body or the path is not in the spec.
   */
  Schema schemaAt(Operation op, String dottedPath) {
    Schema schema = op.successBody().map(Body::schema).map(model::resolve).orElse(null);
    for (String name : dottedPath.split("\\.")) {
      if (schema == null) {
        return null;
      }
      Schema next = schema.properties().get(name);
      schema = next == null ? null : model.resolve(next);
      if (schema != null && schema.items() != null) {
        schema = model.resolve(schema.items());
      }
    }
    return schema;
  }

  private ObjectNode view(Offer offer, Schema schema) {
    ObjectNode view = offer.fields();
    idFields.forEach(field -> view.put(field, offer.offerId()));
    for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
      if (stateSchemas.contains(property.getValue().ref())) {
        view.put(property.getKey(), offer.state().number());
      }
    }
    return view;
  }

  /** A parameter's text as its schema's type says: a number for a numeric schema. */
  private static JsonNode typed(String text, Schema schema) {
    if ("integer".equals(schema.type()) || "number".equals(schema.type())) {
      try {
        return JsonNodeFactory.instance.numberNode(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return TextNode.valueOf(text);
      }
    }
    return TextNode.valueOf(text);
  }
}
