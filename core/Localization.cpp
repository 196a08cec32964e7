#include "Localization.h"

#include <map>
#include <memory>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cinereg::Localization {

namespace {
std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString currentLanguage;

QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::French, QLocale::Morocco);
}
} // namespace

QStringList languages()
{
    return {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
}

QString resolve(const QString& requested)
{
    if (languages().contains(requested))
        return requested;
    const QString system = QLocale::system().name().left(2);
    return languages().contains(system) ? system : QStringLiteral("fr");
}

bool install(const QString& language)
{
    const QString lang = resolve(language);
    if (appTranslator)
        QCoreApplication::removeTranslator(appTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    appTranslator = std::make_unique<QTranslator>();
    qtTranslator = std::make_unique<QTranslator>();
    const bool loaded = appTranslator->load(QStringLiteral(":/i18n/cinereg_%1.qm").arg(lang));
    if (loaded)
        QCoreApplication::installTranslator(appTranslator.get());
    if (qtTranslator->load(localeFor(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    QLocale::setDefault(localeFor(lang));
    currentLanguage = lang;
    return loaded;
}

QString current()
{
    return currentLanguage.isEmpty() ? resolve() : currentLanguage;
}

QString translate(const QString& language, const char* context, const char* source)
{
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    auto found = translators.find(language);
    if (found == translators.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/cinereg_%1.qm").arg(language)))
            translator.reset();
        found = translators.emplace(language, std::move(translator)).first;
    }
    const QString text = found->second ? found->second->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

bool isRightToLeft(const QString& language)
{
    return language == QLatin1String("ar");
}

} // namespace cinereg::Localization
