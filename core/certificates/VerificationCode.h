#pragma once

#include "../Types.h"

#include <optional>
#include <QByteArray>
#include <QDate>
#include <QString>

namespace cinereg {

// The printed verification code, in the manner of France's 2D-Doc seals: the certificate's
// essential fields in clear, then an Ed25519 signature over them and the id of the signing key.
//   CCM1:ATT-AEN-2026-0001:001561191000066:N:20260101:-:20261126:1A2B3C4D:<103 base32 chars>
// Only QR "alphanumeric" characters are used, so the QR code stays small and the printed code
// can be typed back. The clerk compares the decoded fields with the printed ones.
struct VerificationCode
{
    QString number;
    QString ice;
    RightKind tier = RightKind::National;
    QDate validFrom;
    QDate validUntil; // null: without limit of duration
    QDate issuedOn;
    QString keyId;
    QByteArray signature;

    // The signed part: every field but the signature.
    QByteArray message() const;
    QString encode() const;
    // Spaces and line breaks are ignored (a code read off paper); nullopt if it is not one.
    static std::optional<VerificationCode> decode(const QString& text);
    // Every code written in a text (e.g. a PDF's extracted text), in order.
    static QStringList findAll(const QString& text);
};

// RFC 4648 base32 without padding: case-insensitive, no look-alike digits.
namespace Base32 {
QString encode(const QByteArray& data);
std::optional<QByteArray> decode(const QString& text);
} // namespace Base32

} // namespace cinereg
