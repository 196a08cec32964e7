#include "Identifiers.h"

#include <QLocale>
#include <QRegularExpression>

namespace cinereg::Identifiers {

namespace {
bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
} // namespace

QString normalizeIce(const QString& input)
{
    QString out;
    for (QChar c : input)
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool iceHasValidFormat(const QString& ice)
{
    return ice.size() == 15 && allDigits(ice);
}

bool iceHasValidKey(const QString& ice)
{
    if (!iceHasValidFormat(ice))
        return false;
    // 15 digits overflow no 64-bit integer, but the remainder is computed digit by digit anyway
    // so the rule reads as the definition: int(ICE) % 97 == 0.
    int remainder = 0;
    for (QChar c : ice)
        remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
    return remainder == 0;
}

bool isValidRcNumber(const QString& rc)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,10}(/[0-9A-Za-z]{1,6})?\\z"));
    return re.match(rc).hasMatch();
}

bool isValidTaxId(const QString& taxId)
{
    return (taxId.size() == 7 || taxId.size() == 8) && allDigits(taxId);
}

bool isValidCnss(const QString& cnss)
{
    return cnss.size() == 7 && allDigits(cnss);
}

QString normalizeCnie(const QString& cnie)
{
    return cnie.trimmed().toUpper().remove(QLatin1Char(' '));
}

bool isValidCnie(const QString& cnie)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,2}[0-9]{1,8}\\z"));
    return re.match(cnie).hasMatch();
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\z"));
    return re.match(email).hasMatch();
}

bool isValidPhone(const QString& phone)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 .()-]{6,20}\\z"));
    return re.match(phone).hasMatch();
}

bool isValidCountryCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}\\z"));
    return re.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QStringList knownLegalForms()
{
    return {QStringLiteral("SA"),  QStringLiteral("SARL"), QStringLiteral("SARL AU"),
            QStringLiteral("SAS"), QStringLiteral("SNC"),  QStringLiteral("SCS"),
            QStringLiteral("SCA")};
}

QString normalizeLegalForm(const QString& form)
{
    // Underscores become spaces before the spaces are collapsed: "sarl_au_" is "SARL AU".
    return QString(form).replace(QLatin1Char('_'), QLatin1Char(' ')).simplified().toUpper();
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace cinereg::Identifiers
