package dev.offerstatus.client;

import static dev.offerstatus.sdk.operations.SpecOperations.INTERN_OFFER_STATUS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import dev.offerstatus.sdk.api.OfferApi;
import dev.offerstatus.sdk.model.InternOfferStatusRequest;
import dev.offerstatus.sdk.model.InternOfferStatusResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The two ends of the write call ({@code internOfferStatus}): the pre-flight that turns a request
 * into the HTTP request to send or an {@link InvalidRequestException}, and the success envelope
 * read as the spec's response.
 */
final class StatusUpdates {
  private final OfferApi api;
  private final ObjectMapper mapper;
  private final OfferStatusRules rules;
  private final Locale locale;

  StatusUpdates(OfferApi api, ObjectMapper mapper, OfferStatusRules rules, Locale locale) {
    this.api = api;
    this.mapper = mapper;
    this.rules = rules;
    this.locale = locale;
  }

  /**
   * Pre-flight: the generated interface builds the request (path percent-encoded, body serialized
   * once), then one rules call checks the offer id, the model and the very body bytes that will be
   * sent, so a rule the generated model carries no constraint for still holds.
   *
   * @throws InvalidRequestException with every violation, ordered by path then rule
   */
  Request prepare(String offerId, InternOfferStatusRequest request) {
    Request prepared;
    String body;
    IllegalArgumentException refused = null;
    try {
      prepared = api.internOfferStatus(offerId, request).request();
      body = body(prepared);
    } catch (IllegalArgumentException e) {
      // Retrofit refuses some offer ids ("." and ".."): the rules name them, with the body's
      // findings on the same serialization.
      refused = e;
      prepared = null;
      body = json(request);
    }
    List<Violation> found =
        rules.validateRequest(
            INTERN_OFFER_STATUS.operationId(),
            INTERN_OFFER_STATUS.pathValues(offerId),
            request,
            body,
            locale);
    if (!found.isEmpty()) {
      throw new InvalidRequestException(found);
    }
    if (refused != null) {
      throw refused;
    }
    return prepared;
  }

  /** The success envelope as the spec's response, with the answer's log id. */
  OfferStatusResult result(Exchanged sent) {
    Wire.Answer answer = sent.answer();
    if (answer.status() != 200) {
      throw Envelopes.unexpected(
          answer, sent.what(), "code 0 with an HTTP status other than 200", null);
    }
    InternOfferStatusResponse response;
    try {
      response = mapper.treeToValue(sent.envelope(), InternOfferStatusResponse.class);
    } catch (JsonProcessingException e) {
      throw Envelopes.unexpected(
          answer,
          sent.what(),
          "a success envelope that does not match the spec's response schema",
          e);
    }
    if (response.getData() == null) {
      throw Envelopes.unexpected(answer, sent.what(), "a success envelope without \"data\"", null);
    }
    return new OfferStatusResult(response.getData(), answer.logId());
  }

  private String json(InternOfferStatusRequest request) {
    try {
      return mapper.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "request cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String body(Request prepared) {
    RequestBody body = prepared.body();
    if (body == null) {
      return "";
    }
    try (Buffer buffer = new Buffer()) {
      body.writeTo(buffer);
      return buffer.readUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read back the serialized request body", e);
    }
  }
}
