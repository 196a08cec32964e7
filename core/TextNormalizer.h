#pragma once

#include <QString>

namespace cinereg {

// The one folding used to index and to search names, so that a clerk finds "Société Atlas" by
// typing "societe atlas" and "الأطلس" by typing "الاطلس".
// Latin: case and accents are ignored. Arabic: diacritics (harakat), tatweel and the hamza/alef
// forms are ignored (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي). Punctuation becomes a space.
namespace TextNormalizer {
QString fold(const QString& text);
} // namespace TextNormalizer

} // namespace cinereg
