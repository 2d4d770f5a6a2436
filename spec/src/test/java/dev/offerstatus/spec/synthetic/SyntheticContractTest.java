package dev.offerstatus.spec.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.offerstatus.spec.ContractModel;
import dev.offerstatus.spec.DeclaredErrorCode;
import dev.offerstatus.spec.DeclaredRateLimit;
import dev.offerstatus.spec.ErrorKind;
import dev.offerstatus.spec.Operation;
import dev.offerstatus.spec.RequiredWhenRule;
import dev.offerstatus.spec.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model reads the synthetic operation like any other, with no Java of its own. */
class SyntheticContractTest {
  private static final ContractModel MODEL = SyntheticContract.model();

  @Test
  void theModelReadsTheSyntheticOperationFromTheCopyOfTheSpec() {
    Operation note = MODEL.requireOperation(SyntheticContract.OPERATION_ID);

    assertThat(note.label()).isEqualTo(SyntheticContract.METHOD + " " + SyntheticContract.PATH);
    assertThat(MODEL.route("POST", "/open-apis/hire/v1/offers/7016605170635213100/synthetic_notes"))
        .get()
        .extracting(r -> r.operation().operationId())
        .isEqualTo(SyntheticContract.OPERATION_ID);
    assertThat(note.requireRateLimit().windows())
        .extracting(DeclaredRateLimit.Window::key, DeclaredRateLimit.Window::limit)
        .containsExactly(tuple("per-second", 1), tuple("per-minute", 5));
    assertThat(note.requiredScopes()).containsExactly("hire:offer");
    assertThat(note.errorCodes())
        .extracting(DeclaredErrorCode::code, DeclaredErrorCode::httpStatus, c -> c.kind().id())
        .containsExactly(
            tuple(1002001, 500, "system"),
            tuple(1002002, 400, "parameter"),
            tuple(SyntheticContract.UNHANDLED_CODE, 400, SyntheticContract.UNHANDLED_KIND));
    ErrorKind unhandled = note.ownErrorCode(SyntheticContract.UNHANDLED_CODE).get().kind();
    assertThat(unhandled.isHandled()).isFalse();
    assertThat(MODEL.errorMessage(note, SyntheticContract.UNHANDLED_CODE)).isEqualTo("Offer 备注已锁定");
    assertThat(note.stateMachine()).isEmpty();
    assertThat(note.upstreamDoc().get().snapshot()).isEqualTo(SyntheticContract.PAGE);
  }

  @Test
  void itsBodyHasARequiredWhenRuleAndBounds() {
    Operation note = MODEL.requireOperation(SyntheticContract.OPERATION_ID);
    Schema request = MODEL.resolve(note.requestBody().get().schema());

    assertThat(note.requestBody().get().schemaName()).contains(SyntheticContract.REQUEST_SCHEMA);
    assertThat(request.required()).containsExactly("note_type", "note");
    assertThat(request.properties().get("note").maxLength()).isEqualTo(200);
    assertThat(request.properties().get("visible_to").maxItems()).isEqualTo(5);
    assertThat(request.rules())
        .singleElement()
        .isInstanceOfSatisfying(
            RequiredWhenRule.class,
            rule -> {
              assertThat(rule.field()).isEqualTo("visible_to");
              assertThat(rule.whenField()).isEqualTo("note_type");
              assertThat(rule.values()).containsExactly("candidate");
            });
    assertThat(MODEL.resolve(request.properties().get("note_type")).enumLabel("candidate"))
        .contains("候选人可见 / visible to the candidate");
    assertThat(note.requestBody().get().examples()).containsKeys("doc_request", "internal_note");
    assertThat(MODEL.resolve(note.successBody().get().schema()).properties())
        .containsOnlyKeys("code", "msg", "data");
  }

  @Test
  void theShippedOperationsAreAllStillThereUnchanged() {
    ContractModel shipped = ContractModel.fromClasspath();
    assertThat(MODEL.operations()).hasSize(shipped.operations().size() + 1);
    for (Operation op : shipped.operations()) {
      assertThat(MODEL.requireOperation(op.operationId()).pointer()).isEqualTo(op.pointer());
    }
    assertThat(MODEL.requireRateLimitHeaders()).isEqualTo(shipped.requireRateLimitHeaders());
  }

  @Test
  void writesAContractFolderWithEveryPageItNames(@TempDir Path dir) throws Exception {
    Path spec = SyntheticContract.write(dir);

    assertThat(spec).hasFileName("openapi.yaml");
    assertThat(Files.readString(spec)).isEqualTo(SyntheticContract.openApi());
    assertThat(dir.resolve(SyntheticContract.PAGE)).hasContent(SyntheticContract.page());
    assertThat(List.of("upstream/intern_offer_status.md", "upstream/offer_status.md"))
        .allSatisfy(page -> assertThat(dir.resolve(page)).exists());
  }
}
