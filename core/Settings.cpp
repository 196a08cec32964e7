#include "Settings.h"

#include "Names.h"

#include <QJsonArray>

namespace cinereg {

namespace {
QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value, const QStringList& fallback)
{
    if (!value.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

QJsonObject Settings::toJson() const
{
    QJsonObject thresholds;
    for (auto it = capitalThresholds.cbegin(); it != capitalThresholds.cend(); ++it)
        thresholds.insert(it.key(), it.value());
    QJsonObject formats;
    for (auto it = numberFormats.cbegin(); it != numberFormats.cend(); ++it)
        formats.insert(it.key(), it.value());
    QJsonObject certificateFormats;
    for (auto it = certificateNumberFormats.cbegin(); it != certificateNumberFormats.cend(); ++it)
        certificateFormats.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("allowed_legal_forms"), toArray(allowedLegalForms)},
                       {QStringLiteral("capital_thresholds"), thresholds},
                       {QStringLiteral("default_term_months"), defaultTermMonths},
                       {QStringLiteral("professional_bodies"), toArray(professionalBodies)},
                       {QStringLiteral("inactivity_years"), inactivityYears},
                       {QStringLiteral("application_deadline_days"), applicationDeadlineDays},
                       {QStringLiteral("number_formats"), formats},
                       {QStringLiteral("certificate_number_formats"), certificateFormats},
                       {QStringLiteral("receipt_number_format"), receiptNumberFormat},
                       {QStringLiteral("certificate_place"), certificatePlace},
                       {QStringLiteral("certificate_place_ar"), certificatePlaceAr},
                       {QStringLiteral("signing_key_path"), signingKeyPath},
                       {QStringLiteral("verification_url"), verificationUrl},
                       {QStringLiteral("status_list_trust_days"), statusListTrustDays}};
}

Settings Settings::fromJson(const QJsonObject& json)
{
    Settings s;
    s.allowedLegalForms =
        toStringList(json.value(QStringLiteral("allowed_legal_forms")), s.allowedLegalForms);
    if (json.value(QStringLiteral("capital_thresholds")).isObject()) {
        s.capitalThresholds.clear();
        const QJsonObject t = json.value(QStringLiteral("capital_thresholds")).toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            s.capitalThresholds.insert(it.key(), it.value().toInteger());
    }
    s.defaultTermMonths =
        json.value(QStringLiteral("default_term_months")).toInt(s.defaultTermMonths);
    s.professionalBodies =
        toStringList(json.value(QStringLiteral("professional_bodies")), s.professionalBodies);
    s.inactivityYears = json.value(QStringLiteral("inactivity_years")).toInt(s.inactivityYears);
    s.applicationDeadlineDays =
        json.value(QStringLiteral("application_deadline_days")).toInt(s.applicationDeadlineDays);
    const QJsonObject formats = json.value(QStringLiteral("number_formats")).toObject();
    for (auto it = formats.begin(); it != formats.end(); ++it)
        s.numberFormats.insert(it.key(), it.value().toString());
    const QJsonObject certificateFormats =
        json.value(QStringLiteral("certificate_number_formats")).toObject();
    for (auto it = certificateFormats.begin(); it != certificateFormats.end(); ++it)
        s.certificateNumberFormats.insert(it.key(), it.value().toString());
    s.receiptNumberFormat =
        json.value(QStringLiteral("receipt_number_format")).toString(s.receiptNumberFormat);
    s.certificatePlace =
        json.value(QStringLiteral("certificate_place")).toString(s.certificatePlace);
    s.certificatePlaceAr =
        json.value(QStringLiteral("certificate_place_ar")).toString(s.certificatePlaceAr);
    s.signingKeyPath = json.value(QStringLiteral("signing_key_path")).toString();
    s.verificationUrl = json.value(QStringLiteral("verification_url")).toString(s.verificationUrl);
    s.statusListTrustDays =
        json.value(QStringLiteral("status_list_trust_days")).toInt(s.statusListTrustDays);
    return s;
}

QString Settings::numberFormat(RightKind kind) const
{
    return numberFormats.value(Names::code(kind));
}

QString Settings::certificateNumberFormat(RightKind tier) const
{
    return certificateNumberFormats.value(Names::code(tier));
}

} // namespace cinereg
