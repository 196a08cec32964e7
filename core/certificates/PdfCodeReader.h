#pragma once

#include <optional>
#include <QString>
#include <QStringList>

namespace cinereg {

// Reads back what a PDF says (poppler-qt6): its text, and the verification codes printed in it.
namespace PdfCodeReader {
// The text of every page, in order; nullopt when the file is not a readable PDF.
std::optional<QStringList> pageTexts(const QString& path);
std::optional<QStringList> codes(const QString& path);
} // namespace PdfCodeReader

} // namespace cinereg
