#include "Certificate.h"

#include "Names.h"

#include <QCryptographicHash>
#include <QStringList>

namespace cinereg {

namespace {
QString sha256(const QStringList& fields)
{
    // A unit separator cannot appear in a field, so different splits never hash alike.
    const QByteArray joined = fields.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

QString CertificateContent::contentKey() const
{
    QStringList fields{Names::code(tier),
                       accreditationNumber,
                       holderName,
                       holderNameAr,
                       legalForm,
                       address,
                       city,
                       rcNumber,
                       rcCourt,
                       ice,
                       manager,
                       decisionReference,
                       iso(decisionDate),
                       iso(validFrom),
                       iso(validUntil),
                       place};
    if (!placeAr.isEmpty()) // certificates issued before the Arabic place keep their key
        fields.append(placeAr);
    return sha256(fields);
}

QString CertificateContent::fingerprint() const
{
    return sha256({number, contentKey(), iso(issuedOn), code});
}

QJsonObject CertificateContent::toJson() const
{
    return QJsonObject{{QStringLiteral("number"), number},
                       {QStringLiteral("tier"), Names::code(tier)},
                       {QStringLiteral("accreditation_number"), accreditationNumber},
                       {QStringLiteral("holder_name"), holderName},
                       {QStringLiteral("holder_name_ar"), holderNameAr},
                       {QStringLiteral("legal_form"), legalForm},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("rc"), rcNumber},
                       {QStringLiteral("rc_court"), rcCourt},
                       {QStringLiteral("ice"), ice},
                       {QStringLiteral("manager"), manager},
                       {QStringLiteral("decision"), decisionReference},
                       {QStringLiteral("decision_date"), iso(decisionDate)},
                       {QStringLiteral("valid_from"), iso(validFrom)},
                       {QStringLiteral("valid_until"), iso(validUntil)},
                       {QStringLiteral("place"), place},
                       {QStringLiteral("place_ar"), placeAr},
                       {QStringLiteral("issued_on"), iso(issuedOn)},
                       {QStringLiteral("verification_code"), code}};
}

CertificateContent CertificateContent::fromJson(const QJsonObject& json)
{
    const auto text = [&](const char* key) { return json.value(QLatin1String(key)).toString(); };
    const auto date = [&](const char* key) { return QDate::fromString(text(key), Qt::ISODate); };
    CertificateContent c;
    c.number = text("number");
    c.tier = Names::tier(text("tier")).value_or(RightKind::National);
    c.accreditationNumber = text("accreditation_number");
    c.holderName = text("holder_name");
    c.holderNameAr = text("holder_name_ar");
    c.legalForm = text("legal_form");
    c.address = text("address");
    c.city = text("city");
    c.rcNumber = text("rc");
    c.rcCourt = text("rc_court");
    c.ice = text("ice");
    c.manager = text("manager");
    c.decisionReference = text("decision");
    c.decisionDate = date("decision_date");
    c.validFrom = date("valid_from");
    c.validUntil = date("valid_until");
    c.place = text("place");
    c.placeAr = text("place_ar");
    c.issuedOn = date("issued_on");
    c.code = text("verification_code");
    return c;
}

QString CertificateContent::qrText() const
{
    return verificationUrl.isEmpty() ? code : verificationUrl + QLatin1Char('#') + code;
}

} // namespace cinereg
