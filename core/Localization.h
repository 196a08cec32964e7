#pragma once

#include <QString>
#include <QStringList>

namespace cinereg {

// The program's languages: French (default), Arabic and English. Installs the translators of
// cinereg and of Qt itself, and makes the language's locale the default one (dates, numbers).
namespace Localization {
QStringList languages(); // fr, ar, en
// The requested language if it is one of ours, else the system's if it is, else French.
QString resolve(const QString& requested = {});
// Replaces the installed translators (a running window switches language this way).
bool install(const QString& language);
QString current();
bool isRightToLeft(const QString& language);
// A text in a given language whatever the installed one: bilingual documents print French and
// Arabic side by side. Mark the source with QT_TRANSLATE_NOOP so that lupdate collects it.
QString translate(const QString& language, const char* context, const char* source);
} // namespace Localization

} // namespace cinereg
