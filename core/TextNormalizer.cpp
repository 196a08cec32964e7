#include "TextNormalizer.h"

namespace cinereg::TextNormalizer {

namespace {
constexpr char16_t Tatweel = 0x0640;
constexpr char16_t AlefWasla = 0x0671;
constexpr char16_t Alef = 0x0627;
constexpr char16_t AlefMaksura = 0x0649;
constexpr char16_t Yeh = 0x064A;
constexpr char16_t TehMarbuta = 0x0629;
constexpr char16_t Heh = 0x0647;

QChar foldArabicLetter(QChar c)
{
    switch (c.unicode()) {
    case AlefWasla:
        return QChar(Alef);
    case AlefMaksura:
        return QChar(Yeh);
    case TehMarbuta:
        return QChar(Heh);
    default:
        return c;
    }
}
} // namespace

QString fold(const QString& text)
{
    // NFKD splits accented Latin letters and the Arabic hamza/madda carriers (أ = ا + U+0654),
    // so dropping the combining marks folds both scripts at once; K also unfolds presentation
    // forms.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing || c.unicode() == Tatweel)
            continue;
        if (c.isLetterOrNumber()) {
            out.append(foldArabicLetter(c).toCaseFolded());
            lastWasSpace = false;
        } else if (!lastWasSpace) {
            out.append(QLatin1Char(' '));
            lastWasSpace = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace cinereg::TextNormalizer
