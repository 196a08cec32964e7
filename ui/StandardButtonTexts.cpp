#include "StandardButtonTexts.h"

#include <QCoreApplication>

namespace cinereg::ui {

QString StandardButtonTexts::translate(const char* context, const char* sourceText, const char*,
                                       int) const
{
    // QPlatformTheme names the standard buttons; only the ones we word ourselves are answered.
    if (qstrcmp(context, "QPlatformTheme") != 0)
        return {};
    if (qstrcmp(sourceText, "Cancel") == 0)
        return QCoreApplication::translate("StandardButtonTexts", "Cancel");
    return {};
}

} // namespace cinereg::ui
