// The verification-code parser reads what a stranger types or what a PDF's text contains: it must
// never crash, and whatever it accepts must encode back to a code that decodes to the same fields.
#include "certificates/VerificationCode.h"
#include "FuzzInput.h"

using namespace cinereg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzzText(data, size);
    for (const QString& found : VerificationCode::findAll(text))
        VerificationCode::decode(found);
    if (const auto code = VerificationCode::decode(text)) {
        const auto again = VerificationCode::decode(code->encode());
        FUZZ_ASSERT(again);
        FUZZ_ASSERT(again->number == code->number && again->ice == code->ice);
        FUZZ_ASSERT(again->tier == code->tier && again->keyId == code->keyId);
        FUZZ_ASSERT(again->validFrom == code->validFrom && again->validUntil == code->validUntil);
        FUZZ_ASSERT(again->issuedOn == code->issuedOn && again->signature == code->signature);
        FUZZ_ASSERT(again->message() == code->message());
    }
    if (const auto bytes = Base32::decode(text))
        FUZZ_ASSERT(Base32::decode(Base32::encode(*bytes)) == bytes);
    return 0;
}
