#pragma once

#include <QTranslator>

namespace cinereg::ui {

// Our wording of the standard dialog buttons, searched before Qt's own translations: Qt's Arabic
// "Cancel" is the imperative "ألغ", which reads as a clipped word; the CCM's interface says
// "إلغاء". Installed by UiSetup::applyLanguage after the other translators.
class StandardButtonTexts : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace cinereg::ui
