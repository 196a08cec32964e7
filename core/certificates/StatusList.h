#pragma once

#include "../Refusal.h"
#include "StatusBits.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace cinereg {

class SigningKey;

// The signed status list the verification page reads: for each certificate index, a bit for
// revoked, one for suspended and one for no longer in force (the accreditation ended before its
// printed validity), the date it was made and the date after which it must not be trusted.
//
// The page finds a certificate's index from its code alone: `entries` holds, at each index, the
// first 8 bytes of the SHA-256 of that certificate's signature. Only someone holding a code can
// find it there, so the list names no company and no certificate.
//
// Written as {"payload": base64url(JSON), "key_id": ..., "signature": base64url(Ed25519)}: the
// signature covers the payload's exact bytes, so no JSON canonicalization is needed.
class StatusList
{
    Q_DECLARE_TR_FUNCTIONS(StatusList)

public:
    static constexpr int DigestBytes = 8;

    explicit StatusList(int size = 0);

    int size() const { return m_size; }
    QDateTime made;       // UTC
    QDateTime trustUntil; // UTC: "do not trust after"
    StatusBits revoked;
    StatusBits suspended;
    StatusBits ended;

    void setEntry(int index, const QByteArray& signature);
    std::optional<int> indexOf(const QByteArray& signature) const;
    bool staleAt(const QDateTime& moment) const { return moment > trustUntil; }

    static QByteArray digestOf(const QByteArray& signature);

    QByteArray payload() const;
    QByteArray signedDocument(const SigningKey& key) const;
    // Refused when the document is unreadable, signed by a key not in `publicKeys` (key id →
    // key), or its signature fails: a tampered list is never read.
    static Outcome<StatusList> read(const QByteArray& document,
                                    const QHash<QString, QByteArray>& publicKeys);

private:
    int m_size = 0;
    QByteArray m_entries;
};

} // namespace cinereg
