package dev.offerstatus.rules.constraints;

import dev.offerstatus.rules.OfferStatusRules;
import dev.offerstatus.rules.Violation;
import java.util.List;
import java.util.Locale;

/** A small spec, unrelated to the intern offer endpoint, to prove the validators are generic. */
final class RuleFixtureSpec {
  static final OfferStatusRules RULES =
      OfferStatusRules.fromSpec(
          """
          openapi: 3.0.3
          info: {title: fixture, version: '1'}
          paths: {}
          components:
            schemas:
              Offer:
                type: object
                properties:
                  offer_status: {type: integer}
                  channel: {type: string}
                  expiration_date: {type: string, format: date}
                  terms:
                    type: object
                    properties:
                      start_date: {type: string, format: date}
                      end_date: {type: string, format: date}
                      signed: {type: boolean}
                x-contract-rules:
                  - id: expiration-date-required-for-status-6
                    kind: required-when
                    field: expiration_date
                    when: {field: offer_status, equals: 6}
                  - id: terms-signed-for-channels
                    kind: required-when
                    field: terms.signed
                    when: {field: channel, in: [email, post]}
                  - id: end-not-before-start
                    kind: date-after
                    field: terms.end_date
                    after: terms.start_date
                    strict: false
                  - id: expiration-after-start
                    kind: date-after
                    field: expiration_date
                    after: terms.start_date
          """);

  private RuleFixtureSpec() {}

  /** The fixture spec's verdict on a bean, in English. */
  static List<Violation> validate(Object bean) {
    return RULES.validateBean(bean, Locale.ENGLISH);
  }
}
