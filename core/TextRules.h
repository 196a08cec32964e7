#pragma once

#include "Refusal.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace cinereg {

// What any text a clerk or a script types must respect before it is stored, printed on a
// certificate or shown to the next clerk: a bounded length, no control or escape character
// (a newline or ESC would break lists, exports and terminals), no bidirectional embedding,
// override or isolate (U+202A-U+202E, U+2066-U+2069: they make a name read differently from what
// is stored), no U+FFFD (the trace of bytes that were not UTF-8) and no lone surrogate.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    enum class Content {
        Name,     // must show at least one letter or digit: a name of invisible characters names
                  // nothing
        FreeText, // may be punctuation only (e.g. a reference "-")
        Paragraph // free text that may hold line breaks (a reason); other controls still refused
    };

    // Maximum lengths, in UTF-16 code units, generous for real data and small enough that a
    // list, a certificate or an export stays usable.
    static constexpr int NameMax = 200;
    static constexpr int PlaceMax = 100;
    static constexpr int AddressMax = 300;
    static constexpr int EmailMax = 254; // RFC 5321's limit for a path
    static constexpr int PhoneMax = 30;
    static constexpr int ReferenceMax = 100;
    static constexpr int ReasonMax = 2000;
    static constexpr int TitleMax = 300;

    // Trims and collapses runs of spaces (any Unicode space separator) to one ASCII space.
    // Unlike QString::simplified it leaves control characters (newline, tab) in place, so that the
    // check below refuses them instead of silently turning them into spaces.
    static QString collapseSpaces(const QString& text);

    // The refusal for `text` (already collapsed), or nothing when it is acceptable. `field` is the
    // option name (e.g. "name"), `label` the translated name of the field.
    static std::optional<Refusal> check(const QString& text, const QString& field,
                                        const QString& label, int maxLength,
                                        Content content = Content::FreeText);

    static bool isForbiddenCharacter(char32_t c);
};

} // namespace cinereg
