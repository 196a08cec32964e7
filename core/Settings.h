#pragma once

#include "Types.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cinereg {

// Values the regulation leaves open: kept in the database, editable by an administrator, and
// quoted in refusals.
struct Settings
{
    QStringList allowedLegalForms{QStringLiteral("SA"), QStringLiteral("SARL"),
                                  QStringLiteral("SARL AU")};
    // Minimum fully-paid capital (MAD) for an accreditation, per legal form; a form without an
    // entry has no threshold.
    QMap<QString, qint64> capitalThresholds{{QStringLiteral("SA"), 500000},
                                            {QStringLiteral("SARL"), 300000},
                                            {QStringLiteral("SARL AU"), 300000}};
    int defaultTermMonths = 0; // 0: rights are granted without limit of duration by default
    QStringList professionalBodies{QStringLiteral("CNPF"), QStringLiteral("CMPF")};
    int inactivityYears = 4;
    int applicationDeadlineDays = 20;
    // Official numbers: {year} and {seq} are replaced, e.g. "AUT-{year}-{seq}" → AUT-2026-0007.
    QMap<QString, QString> numberFormats{
        {QStringLiteral("authorization"), QStringLiteral("AUT-{year}-{seq}")},
        {QStringLiteral("national"), QStringLiteral("AEN-{year}-{seq}")},
        {QStringLiteral("international"), QStringLiteral("AEI-{year}-{seq}")}};
    // Certificates are numbered per year and tier, apart from the rights they attest.
    QMap<QString, QString> certificateNumberFormats{
        {QStringLiteral("national"), QStringLiteral("ATT-AEN-{year}-{seq}")},
        {QStringLiteral("international"), QStringLiteral("ATT-AEI-{year}-{seq}")}};
    QString receiptNumberFormat = QStringLiteral("REC-{year}-{seq}"); // dossiers' receipts
    QString certificatePlace = QStringLiteral("Rabat");    // place of issue, French and English
    QString certificatePlaceAr = QStringLiteral("الرباط"); // place of issue, Arabic
    // The CCM's private signing key, outside the database; empty: the default file under the
    // user's application-data folder (see CertificateKeys::defaultPath).
    QString signingKeyPath;
    // The public verification page: a certificate's QR code carries this address + "#" + its code.
    QString verificationUrl = QStringLiteral("https://www.ccm.ma/verification/");
    // A published status list says not to trust it after this many days, so that a page left
    // unpublished shows as stale rather than vouching for a right suspended since.
    int statusListTrustDays = 7;

    QJsonObject toJson() const;
    static Settings fromJson(const QJsonObject& json); // missing keys keep their defaults
    QString numberFormat(RightKind kind) const;
    QString certificateNumberFormat(RightKind tier) const;
};

} // namespace cinereg
