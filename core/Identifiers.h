#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <QStringList>

namespace cinereg {

// Format rules for the identifiers of a Moroccan company (DOMAIN.md, "Identifiers").
// Each normalises what a clerk types (spaces, case) and tells whether it is acceptable.
namespace Identifiers {

QString normalizeIce(const QString& input); // digits only, spaces dropped
bool iceHasValidFormat(const QString& ice); // 15 digits
bool iceHasValidKey(const QString& ice);    // int(ICE) % 97 == 0

bool isValidRcNumber(const QString& rc); // digits, optionally with a "/" suffix part
bool isValidTaxId(const QString& taxId); // IF: 7 or 8 digits
bool isValidCnss(const QString& cnss);   // 7 digits
QString normalizeCnie(const QString& cnie);
bool isValidCnie(const QString& cnie); // 1-2 letters + digits
bool isValidEmail(const QString& email);
bool isValidPhone(const QString& phone);
bool isValidCountryCode(const QString& code); // ISO 3166-1 alpha-2

QStringList knownLegalForms(); // SA, SARL, SARL AU, SAS, SNC, SCS, SCA
QString normalizeLegalForm(const QString& form);

std::optional<QDate> parseIsoDate(const QString& text); // strict YYYY-MM-DD

} // namespace Identifiers
} // namespace cinereg
