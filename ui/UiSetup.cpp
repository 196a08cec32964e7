#include "UiSetup.h"

#include "Localization.h"
#include "StandardButtonTexts.h"

#include <QApplication>
#include <QFont>
#include <QSettings>

namespace cinereg::ui::UiSetup {

void applyLanguage(const QString& language)
{
    Localization::install(language);
    // Installed last, so searched first: our wording of Qt's standard buttons.
    static StandardButtonTexts* buttons = nullptr;
    if (buttons)
        QCoreApplication::removeTranslator(buttons);
    else
        buttons = new StandardButtonTexts(qApp);
    QCoreApplication::installTranslator(buttons);
    const bool rtl = Localization::isRightToLeft(Localization::current());
    QGuiApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    // Noto Naskh Arabic (Debian's fonts-noto-core) shapes Arabic properly; the Latin faces come
    // first except in Arabic, where the whole interface reads best in Naskh.
    QFont font = QApplication::font();
    font.setFamilies(rtl ? QStringList{QStringLiteral("Noto Naskh Arabic"),
                                       QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}
                         : QStringList{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                       QStringLiteral("Noto Naskh Arabic")});
    font.setPointSize(10);
    QApplication::setFont(font);
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void saveLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1/ma.ccm.cinereg.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace cinereg::ui::UiSetup
