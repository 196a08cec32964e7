#pragma once

#include "../Types.h"
#include "VerificationCode.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cinereg {

// Everything a certificate prints. Holder and right fields are copied at issuance, so a
// certificate reprinted later shows what was attested then, not what the register says now.
struct CertificateContent
{
    QString number;
    RightKind tier = RightKind::National;
    QString accreditationNumber;
    QString holderName;
    QString holderNameAr;
    QString legalForm;
    QString address;
    QString city;
    QString rcNumber;
    QString rcCourt;
    QString ice;
    QString manager;
    QString decisionReference;
    QDate decisionDate;
    QDate validFrom;
    QDate validUntil; // null: without limit of duration
    QString place;    // of issue, in Latin script (French and English)
    QString placeAr;  // of issue, in Arabic; empty on certificates issued before it existed
    QDate issuedOn;
    QString code; // the signed verification code
    bool duplicate = false;
    // Not part of the attested content: the public verification page's address when printed.
    QString verificationUrl;
    bool preview = false; // a page shown before issuing: no number, no code, marked as such

    // What the QR code carries: the page's address with the code in its fragment, so a phone's
    // camera opens the page (the fragment is never sent to the web server); the code alone
    // when no page address is set.
    QString qrText() const;
    // SHA-256 (hex) of every printed field but the number, the issue date and the code: two
    // issuances with the same key attest the same thing, so the second is a reprint.
    QString contentKey() const;
    // SHA-256 (hex) of the whole content, recorded in the certificate register.
    QString fingerprint() const;

    QJsonObject toJson() const;
    static CertificateContent fromJson(const QJsonObject& json);
};

// One row of the certificate register.
struct IssuedCertificate
{
    qint64 id = 0;
    qint64 accreditationId = 0;
    QString number;
    QDate issuedOn;
    QDateTime issuedAt;
    QString issuedBy;
    QString contentKey;
    QString fingerprint;
    QString keyId;
    QString code;
    int prints = 0; // how many times it was printed, the first included
};

// A certificate of the register: its issuance and the content it attested.
struct CertificateRecord
{
    IssuedCertificate issued;
    CertificateContent content;
};

} // namespace cinereg
