#pragma once

#include <QIcon>
#include <QString>

namespace cinereg::ui {

// The language of the window: translators, right-to-left layout for Arabic, a font that shapes
// Arabic correctly, and the choice remembered for the next start (QSettings).
namespace UiSetup {
void applyLanguage(const QString& language);
QString savedLanguage(); // empty when none was chosen yet
void saveLanguage(const QString& language);
// The program's icon in every size it ships (resources/icons, bundled as Qt resources).
QIcon applicationIcon();
} // namespace UiSetup

} // namespace cinereg::ui
