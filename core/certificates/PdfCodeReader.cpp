#include "PdfCodeReader.h"

#include "VerificationCode.h"

#include <memory>
#include <poppler-qt6.h>

namespace cinereg::PdfCodeReader {

std::optional<QStringList> pageTexts(const QString& path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return std::nullopt;
    QStringList texts;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        texts.append(page ? page->text(QRectF()) : QString());
    }
    return texts;
}

std::optional<QStringList> codes(const QString& path)
{
    const std::optional<QStringList> texts = pageTexts(path);
    if (!texts)
        return std::nullopt;
    QStringList found;
    for (const QString& text : *texts)
        found += VerificationCode::findAll(text);
    return found;
}

} // namespace cinereg::PdfCodeReader
