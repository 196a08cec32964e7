// The search folding indexes every name and folds every search a clerk types: no input may
// crash it, and its output must be what the FTS index expects (letters and digits separated by
// single spaces, none at either end), so that a search never turns into an FTS syntax error.
#include "FuzzInput.h"
#include "TextNormalizer.h"

using namespace cinereg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString folded = TextNormalizer::fold(fuzzText(data, size));
    FUZZ_ASSERT(!folded.startsWith(QLatin1Char(' ')) && !folded.endsWith(QLatin1Char(' ')));
    FUZZ_ASSERT(!folded.contains(QStringLiteral("  ")));
    for (QChar c : folded)
        FUZZ_ASSERT(c == QLatin1Char(' ') || c.isLetterOrNumber() || c.isSurrogate());
    return 0;
}
