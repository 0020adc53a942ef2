package dev.safeguarding.json;

import dev.safeguarding.model.sharing.ConsentWithdrawal;
import java.util.List;

/** {@code {"id": "w-1", "consentId": "k-1", "withdrawnBy": {...}, "withdrawnOn": "2026-05-01"}}; all required. */
final class ConsentWithdrawalCodec implements Codec<ConsentWithdrawal> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "consentId", "withdrawnBy",
            "withdrawnOn");

    @Override
    public Class<ConsentWithdrawal> type() {
        return ConsentWithdrawal.class;
    }

    @Override
    public void write(ConsentWithdrawal withdrawal, Out out) {
        out.startObject()
                .string("id", withdrawal.id())
                .string("consentId", withdrawal.consentId())
                .value("withdrawnBy", Codecs.CONTRIBUTOR, withdrawal.withdrawnBy())
                .date("withdrawnOn", withdrawal.withdrawnOn())
                .endObject();
    }

    @Override
    public ConsentWithdrawal read(In in) {
        ObjectIn withdrawal = in.object(PROPERTIES);
        return ConsentWithdrawal.builder()
                .id(withdrawal.required("id").string())
                .consentId(withdrawal.required("consentId").string())
                .withdrawnBy(withdrawal.required("withdrawnBy").read(Codecs.CONTRIBUTOR))
                .withdrawnOn(withdrawal.required("withdrawnOn").date())
                .build();
    }
}
