#pragma once

#include "../certificates/Certificate.h"
#include "../certificates/SigningKeyRecord.h"
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

    // While it lives, commits wait until the data is on disk (synchronous=FULL): an issued
    // certificate, once acknowledged, survives a power cut. The connection's usual NORMAL
    // setting comes back after.
    class DurableWrites
    {
    public:
        explicit DurableWrites(const Database& db);
        ~DurableWrites();
        DurableWrites(const DurableWrites&) = delete;
        DurableWrites& operator=(const DurableWrites&) = delete;

    private:
        const Database& m_db;
    };

    // Adds the public key if the register does not know it yet.
    void addKey(const QString& keyId, const QByteArray& publicKey, const QString& user,
                const QDateTime& at);
    std::optional<QByteArray> publicKey(const QString& keyId) const;
    // Only a key an administrator registered (its audited "register" entry names this exact
    // public key): the keys verification trusts and issuing uses.
    std::optional<QByteArray> registeredPublicKey(const QString& keyId) const;
    static QString registrationEntity() { return QStringLiteral("signing_key"); }
    static QString registrationAction() { return QStringLiteral("register"); }
    qint64 keyRow(const QString& keyId) const;
    using Key = SigningKeyRecord;
    QVector<Key> keys() const;

    qint64 insert(qint64 accreditationId, const CertificateContent& content, const QString& keyId,
                  const QString& user, const QDateTime& at);
    void recordPrint(qint64 certificateId, bool duplicate, const QString& user,
                     const QDateTime& at);

    using Entry = CertificateRecord;
    std::optional<Entry> byNumber(const QString& number) const;
    // The most recent certificate of this accreditation attesting exactly this content.
    std::optional<Entry> sameContent(qint64 accreditationId, const QString& contentKey) const;
    QVector<Entry> ofCompany(qint64 companyId) const;
    QVector<Entry> all() const;

private:
    QString registeredClause() const;
    QVector<Entry> load(const QString& where, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace cinereg
