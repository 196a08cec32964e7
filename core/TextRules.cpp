#include "TextRules.h"

#include <QStringView>

namespace cinereg {

namespace {
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isSpaceSeparator(char32_t c)
{
    return c == U' ' || QChar::category(c) == QChar::Separator_Space;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") +
           QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}
} // namespace

QString TextRules::collapseSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char32_t c : QStringView(text).toUcs4()) {
        if (isSpaceSeparator(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

bool TextRules::isForbiddenCharacter(char32_t c)
{
    // Cc: C0 and C1 controls, newline, tab, ESC, DEL. Cs: a surrogate that has no partner
    // (toUcs4 keeps it as is). U+FFFD: what a decoder leaves for bytes that were not UTF-8.
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Surrogate || c == 0xFFFD ||
           isBidiControl(c) || c == 0x2028 || c == 0x2029 || QChar::isNonCharacter(c);
}

std::optional<Refusal> TextRules::check(const QString& text, const QString& field,
                                        const QString& label, int maxLength, Content content)
{
    if (text.size() > maxLength)
        return Refusal{Rule::InvalidField, field,
                       tr("%1 is too long: %2 characters, at most %3.")
                           .arg(label)
                           .arg(text.size())
                           .arg(maxLength)};
    bool visible = false;
    for (char32_t c : QStringView(text).toUcs4()) {
        if (isForbiddenCharacter(c) && !(content == Content::Paragraph && c == U'\n')) {
            if (c == 0xFFFD)
                return Refusal{Rule::InvalidField, field,
                               tr("%1 contains U+FFFD, the mark of text that was not valid "
                                  "UTF-8; type it again.")
                                   .arg(label)};
            if (isBidiControl(c))
                return Refusal{Rule::InvalidField, field,
                               tr("%1 contains a bidirectional control character (%2), which "
                                  "would make it read differently from what is stored.")
                                   .arg(label, codePoint(c))};
            return Refusal{Rule::InvalidField, field,
                           tr("%1 contains a control character (%2, e.g. a line break, a tab "
                              "or an escape); only printable text is allowed.")
                               .arg(label, codePoint(c))};
        }
        if (QChar::isLetterOrNumber(c))
            visible = true;
    }
    if (content == Content::Name && !text.isEmpty() && !visible)
        return Refusal{Rule::InvalidField, field,
                       tr("%1 has no visible letter or digit.").arg(label)};
    return std::nullopt;
}

} // namespace cinereg
