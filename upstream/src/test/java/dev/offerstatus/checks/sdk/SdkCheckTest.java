package dev.offerstatus.checks.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offerstatus.checks.CheckInputException;
import dev.offerstatus.checks.CheckReport;
import dev.offerstatus.checks.Contracts;
import dev.offerstatus.checks.Finding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-sdk against the real SDK jar the toolkit pins (read from the local Maven repository). */
class SdkCheckTest {
  private static final String HIRE = "com.lark.oapi.service.hire.v1.model.";

  /** The local Maven repository holding the pinned SDK (found through its jar on the test path). */
  static Path repository() {
    URL url = SdkCheckTest.class.getClassLoader().getResource("com/lark/oapi/core/Transport.class");
    String jar = url.getPath().substring(0, url.getPath().indexOf("!/"));
    try {
      // <repository>/com/larksuite/oapi/oapi-sdk/<version>/oapi-sdk-<version>.jar
      Path file = Path.of(new URI(jar));
      return file.getParent().getParent().getParent().getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TempDir Path dir;

  private List<String> check(String spec) throws IOException {
    Path file = Files.writeString(dir.resolve("openapi.yaml"), spec);
    return SdkCheck.run(new SdkCheck.Config(file, SdkArtifact.in(repository(), null), dir))
        .findings()
        .stream()
        .map(Finding::toString)
        .toList();
  }

  @Test
  void todaysDifferencesOnTheToolkitsSpec() throws IOException {
    Path spec = Contracts.contractFolder(dir);
    CheckReport report =
        SdkCheck.run(new SdkCheck.Config(spec, SdkArtifact.in(repository(), null), dir));
    // all five operations; the SDK's token response is its generic envelope (the token fields are
    // read by the SDK's own token manager); its intern-offer body class carries the path parameter
    // offer_id too; its offer-status body has cancel_offer_termination_type, which the 2024-09-05
    // page has not (the page has probably changed since)
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "com.lark.oapi.service.auth.v3.model.InternalTenantAccessTokenResp:"
                + " #/components/schemas/TenantAccessTokenResponse/properties/tenant_access_token:"
                + " removed response field tenant_access_token",
            "com.lark.oapi.service.auth.v3.model.InternalTenantAccessTokenResp:"
                + " #/components/schemas/TenantAccessTokenResponse/properties/expire:"
                + " removed response field expire",
            HIRE
                + "InternOfferStatus.offerId:"
                + " #/components/schemas/InternOfferStatusRequest/properties:"
                + " added request field offer_id (string)",
            HIRE
                + "OfferStatusOfferReqBody.cancelOfferTerminationType:"
                + " #/components/schemas/UpdateOfferStatusRequest/properties:"
                + " added request field cancel_offer_termination_type (integer)");
    assertThat(report.summary())
        .isEqualTo(
            "4 differences between openapi.yaml and com.larksuite.oapi:oapi-sdk:2.5.3 in 5"
                + " operations; not compared: the enum values of 26 fields (the SDK states none for"
                + " them), required flags and formats (the SDK states neither)");
  }

  @Test
  void aRenamedFieldATypeAndAMovedPathAreNamedWithTheSdkClassAndField() throws IOException {
    String spec = Contracts.SPEC;
    spec = Contracts.edit(spec, "        notes:\n", "        remark:\n");
    spec =
        Contracts.edit(
            spec,
            "  /open-apis/hire/v1/offers/{offer_id}/intern_offer_status:",
            "  /open-apis/hire/v1/offers/{offer_id}/intern_status:");
    assertThat(check(spec))
        .contains(
            "com.lark.oapi.service.hire.v1.resource:"
                + " #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1intern_status/post:"
                + " removed operation POST /open-apis/hire/v1/offers/{offer_id}/intern_status: no"
                + " SDK method sends POST to this path")
        .doesNotContain("added request field offboarding_info.notes (string)");
    spec = Contracts.SPEC;
    spec = Contracts.edit(spec, "        notes:\n", "        remark:\n");
    assertThat(check(spec))
        .contains(
            HIRE
                + "InternOfferOffboardingInfo.notes:"
                + " #/components/schemas/InternOfferOffboardingInfo/properties:"
                + " added request field offboarding_info.notes (string)",
            HIRE
                + "InternOfferOffboardingInfo:"
                + " #/components/schemas/InternOfferOffboardingInfo/properties/remark:"
                + " removed request field offboarding_info.remark",
            HIRE
                + "InternOfferOffboardingInfo.notes:"
                + " #/components/schemas/InternOfferOffboardingInfo/properties:"
                + " added response field data.offboarding_info.notes (string)",
            HIRE
                + "InternOfferOffboardingInfo:"
                + " #/components/schemas/InternOfferOffboardingInfo/properties/remark:"
                + " removed response field data.offboarding_info.remark");
  }

  @Test
  void enumValuesAreComparedWhereTheSdkStatesThem() throws IOException {
    String spec =
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /open-apis/contact/v3/group/{group_id}/member/add:
            post:
              operationId: addGroupMember
              parameters:
                - {name: group_id, in: path, required: true, schema: {type: string}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        member_type: {type: string, enum: [user, robot]}
                        member_id_type: {type: string, enum: [open_id, union_id, user_id]}
                        member_id: {type: integer}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          code: {type: integer}
                          msg: {type: string}
        """;
    String op =
        "#/paths/~1open-apis~1contact~1v3~1group~1{group_id}~1member~1add/post/requestBody/content"
            + "/application~1json/schema/properties/";
    String body = "com.lark.oapi.service.contact.v3.model.AddGroupMemberReqBody.";
    assertThat(check(spec))
        .containsExactly(
            body
                + "memberType: "
                + op
                + "member_type/enum: removed enum value \"robot\" of request field member_type",
            body
                + "memberId: "
                + op
                + "member_id/type: changed type of request field member_id from integer to string");
  }

  @Test
  void theUpdateOfferStatusPagesBodyLacksTheSdksCancelOfferTerminationType() throws IOException {
    // The fields of 更新 Offer 状态 as its 2024-09-05 page states them (the fifth operation)
    String spec =
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /open-apis/hire/v1/offers/{offer_id}/offer_status:
            patch:
              operationId: updateOfferStatus
              parameters:
                - {name: offer_id, in: path, required: true, schema: {type: string}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        offer_status: {type: integer, enum: [2, 3, 4, 5, 6, 7, 8, 9, 10]}
                        expiration_date: {type: string, format: date}
                        termination_reason_id_list: {type: array, items: {type: string}}
                        termination_reason_note: {type: string}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          code: {type: integer}
                          msg: {type: string}
                          data: {type: object}
        """;
    assertThat(check(spec))
        .containsExactly(
            HIRE
                + "OfferStatusOfferReqBody.cancelOfferTerminationType:"
                + " #/paths/~1open-apis~1hire~1v1~1offers~1{offer_id}~1offer_status/patch"
                + "/requestBody/content/application~1json/schema/properties:"
                + " added request field cancel_offer_termination_type (integer)");
  }

  @Test
  void aVersionTheLocalRepositoryLacksIsAnErrorNamingCoordinatesAndPath(@TempDir Path repo) {
    assertThatThrownBy(() -> SdkArtifact.in(repo, "2.5.4"))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "com.larksuite.oapi:oapi-sdk:2.5.4 is not in the local Maven repository "
                + repo
                + " (no "
                + repo.resolve("com/larksuite/oapi/oapi-sdk/2.5.4/oapi-sdk-2.5.4.jar")
                + "): check-sdk reads the SDK offline; fetch it first, e.g. mvn dependency:get"
                + " -Dartifact=com.larksuite.oapi:oapi-sdk:2.5.4");
    assertThatThrownBy(() -> SdkArtifact.in(repo, SdkArtifact.NEWEST))
        .isInstanceOf(CheckInputException.class)
        .hasMessage(
            "no version of com.larksuite.oapi:oapi-sdk is in the local Maven repository "
                + repo
                + " (nothing under "
                + repo.resolve("com/larksuite/oapi/oapi-sdk")
                + "): check-sdk reads the SDK offline; fetch one first, e.g. mvn dependency:get"
                + " -Dartifact=com.larksuite.oapi:oapi-sdk:2.5.3");
  }

  @Test
  void newestIsTheHighestVersionWhoseJarTheRepositoryHolds(@TempDir Path repo) throws IOException {
    for (String v : List.of("2.5.3", "2.10.0", "2.10.0-beta", "2.9.12", "3.0.0")) {
      Path folder = Files.createDirectories(repo.resolve("com/larksuite/oapi/oapi-sdk/" + v));
      if (!v.equals("3.0.0")) { // a version folder without its jar (a failed download) is not held
        Files.writeString(folder.resolve("oapi-sdk-" + v + ".jar"), "");
      }
    }
    assertThat(SdkArtifact.in(repo, SdkArtifact.NEWEST).version()).isEqualTo("2.10.0");
    assertThat(SdkArtifact.in(repo, null).version()).isEqualTo("2.5.3");
    assertThat(SdkArtifact.compareVersions("2.10.0-beta", "2.10.0")).isNegative();
    assertThat(SdkArtifact.compareVersions("2.10.0.1", "2.10.0")).isPositive();
    assertThat(SdkArtifact.compareVersions("2.9.12", "2.10.0")).isNegative();
  }
}
