#include "PdfArabic.h"

#include <gtest/gtest.h>
#include <QStringList>

using namespace cinereg;

TEST(PdfArabic, LamAlefBecomesItsPresentationFormAndNormalisesBack)
{
    const QStringList words{QStringLiteral("الاعتماد"),
                            QStringLiteral("للأفلام"),
                            QStringLiteral("الإنتاج"),
                            QStringLiteral("لآلئ"),
                            QStringLiteral("سلام"),
                            QStringLiteral("Atlas"),
                            QString()};
    for (const QString& word : words) {
        const QString printed = pdfExtractableArabic(word);
        QString extracted = printed.normalized(QString::NormalizationForm_KC);
        extracted.remove(QChar(0x200D));
        EXPECT_EQ(extracted, word) << word.toStdString();
    }
    // After a letter that joins forward, the final form and a joiner; else the isolated form.
    EXPECT_EQ(pdfExtractableArabic(QStringLiteral("سلام")),
              QStringLiteral("س") + QChar(0x200D) + QChar(0xFEFC) + QStringLiteral("م"));
    EXPECT_EQ(pdfExtractableArabic(QStringLiteral("الا")), QStringLiteral("ا") + QChar(0xFEFB));
    EXPECT_EQ(pdfExtractableArabic(QStringLiteral("Atlas")), QStringLiteral("Atlas"));
}
