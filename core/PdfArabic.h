#pragma once

#include <QString>

namespace cinereg {

// Qt's PDF writer maps each glyph back to the characters it came from, except ligatures: the
// lam-alef ligature that Arabic requires (لا, لأ, لإ, لآ) is drawn correctly but extracted as
// nothing, so "الاعتماد" would read "ا عتماد" in a PDF viewer's search or a verifier's parser.
// This writes each lam-alef as its Unicode presentation form (U+FEF5-U+FEFC), which the fonts
// map to the same glyph and text extraction normalises (NFKC) back to the two letters; a
// zero-width joiner keeps the preceding letter connected to a final form. For printed documents
// only: the register stores and searches the plain letters.
QString pdfExtractableArabic(const QString& text);

} // namespace cinereg
