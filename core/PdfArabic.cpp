#include "PdfArabic.h"

namespace cinereg {

namespace {
constexpr char16_t Lam = 0x0644;
constexpr char16_t ZeroWidthJoiner = 0x200D;

// Isolated and final presentation forms of lam followed by each kind of alef.
struct LamAlef
{
    char16_t alef;
    char16_t isolated;
    char16_t final;
};
constexpr LamAlef Forms[] = {
    {0x0622, 0xFEF5, 0xFEF6}, // آ
    {0x0623, 0xFEF7, 0xFEF8}, // أ
    {0x0625, 0xFEF9, 0xFEFA}, // إ
    {0x0627, 0xFEFB, 0xFEFC}, // ا
};

// Whether the letter before position `i` connects to the letter after it (marks are skipped).
bool joinsForward(const QString& text, qsizetype i)
{
    for (qsizetype j = i - 1; j >= 0; --j) {
        const QChar::JoiningType type = text.at(j).joiningType();
        if (type == QChar::Joining_Transparent)
            continue;
        return type == QChar::Joining_Dual || type == QChar::Joining_Causing;
    }
    return false;
}
} // namespace

QString pdfExtractableArabic(const QString& text)
{
    if (!text.contains(QChar(Lam)))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const LamAlef* form = nullptr;
        if (c.unicode() == Lam && i + 1 < text.size())
            for (const LamAlef& f : Forms)
                if (text.at(i + 1).unicode() == f.alef)
                    form = &f;
        if (!form) {
            out += c;
            continue;
        }
        if (joinsForward(text, i)) {
            out += QChar(ZeroWidthJoiner);
            out += QChar(form->final);
        } else {
            out += QChar(form->isolated);
        }
        ++i; // the alef is part of the ligature
    }
    return out;
}

} // namespace cinereg
