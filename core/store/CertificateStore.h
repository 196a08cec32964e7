#pragma once

#include "../certificates/Certificate.h"
#include "Database.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace cinereg {

// The certificate register (every issuance, with the content it attested) and the public
// signing keys that verify them.
class CertificateStore
{
public:
    explicit CertificateStore(const Database& db) : m_db(db) {}

    // Adds the public key if the register does not know it yet.
    void addKey(const QString& keyId, const QByteArray& publicKey, const QString& user,
                const QDateTime& at);
    std::optional<QByteArray> publicKey(const QString& keyId) const;

    qint64 insert(qint64 accreditationId, const CertificateContent& content, const QString& keyId,
                  const QString& user, const QDateTime& at);
    void recordPrint(qint64 certificateId, bool duplicate, const QString& user,
                     const QDateTime& at);
    bool numberExists(const QString& number) const;

    struct Entry
    {
        IssuedCertificate issued;
        CertificateContent content;
    };
    std::optional<Entry> byNumber(const QString& number) const;
    // The most recent certificate of this accreditation attesting exactly this content.
    std::optional<Entry> sameContent(qint64 accreditationId, const QString& contentKey) const;
    QVector<Entry> ofCompany(qint64 companyId) const;
    QVector<Entry> all() const;

private:
    QVector<Entry> load(const QString& where, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace cinereg
