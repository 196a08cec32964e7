#include "CertificateStore.h"

#include "../StorageError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cinereg {

CertificateStore::DurableWrites::DurableWrites(const Database& db) : m_db(db)
{
    // A server's commits are durable by its own settings.
    if (!m_db.dialect().isServer())
        m_db.run(QStringLiteral("PRAGMA synchronous = FULL"));
}

CertificateStore::DurableWrites::~DurableWrites()
{
    try {
        if (!m_db.dialect().isServer())
            m_db.run(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } catch (const StorageError&) {
        // Staying at FULL is only slower, never less safe.
    }
}

void CertificateStore::addKey(const QString& keyId, const QByteArray& publicKey,
                              const QString& user, const QDateTime& at)
{
    m_db.run(QStringLiteral("INSERT INTO signing_keys (key_id, public_key, added_at, added_by) "
                            "VALUES (?,?,?,?) ON CONFLICT DO NOTHING"),
             {keyId, publicKey, at.toString(Qt::ISODate), user});
}

std::optional<QByteArray> CertificateStore::publicKey(const QString& keyId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT public_key FROM signing_keys WHERE key_id = ?"), {keyId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

namespace {
} // namespace

// The audit details carry the public key in upper-case hexadecimal, as SQLite's hex() writes it.
QString CertificateStore::registeredClause() const
{
    const SqlDialect& sql = m_db.dialect();
    return QStringLiteral("EXISTS (SELECT 1 FROM audit a WHERE a.entity = 'signing_key' AND "
                          "a.action = 'register' AND %1 AND %2 = k.key_id AND %3 = %4)")
        .arg(sql.jsonValid(QStringLiteral("a.details")),
             sql.jsonField(QStringLiteral("a.details"), QStringLiteral("key_id")),
             sql.jsonField(QStringLiteral("a.details"), QStringLiteral("public_key")),
             sql.hex(QStringLiteral("k.public_key")));
}

std::optional<QByteArray> CertificateStore::registeredPublicKey(const QString& keyId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT k.public_key FROM signing_keys k WHERE k.key_id = ? AND %1")
                     .arg(registeredClause()),
                 {keyId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

qint64 CertificateStore::keyRow(const QString& keyId) const
{
    QSqlQuery q = m_db.run(
        m_db.dialect().isServer()
            // No rowid on a server: the key's rank in the order they were added.
            ? QStringLiteral("SELECT (SELECT count(*) FROM signing_keys o WHERE "
                             "o.added_at < k.added_at OR (o.added_at = k.added_at AND "
                             "o.key_id <= k.key_id)) FROM signing_keys k WHERE k.key_id = ?")
            : QStringLiteral("SELECT rowid FROM signing_keys WHERE key_id = ?"),
        {keyId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QVector<CertificateStore::Key> CertificateStore::keys() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT k.key_id, k.added_at, k.added_by, %1 FROM signing_keys k ORDER BY "
                       "k.added_at, k.key_id")
            .arg(registeredClause()));
    QVector<Key> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                    q.value(2).toString(), q.value(3).toBool()});
    return out;
}

qint64 CertificateStore::insert(qint64 accreditationId, const CertificateContent& content,
                                const QString& keyId, const QString& user, const QDateTime& at)
{
    const QByteArray json = QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact);
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO certificates (number, accreditation_id, issued_on, issued_at, "
                       "issued_by, content_key, fingerprint, key_id, code, content) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?)"),
        {content.number, accreditationId, sqlDate(content.issuedOn), at.toString(Qt::ISODate), user,
         content.contentKey(), content.fingerprint(), keyId, content.code,
         QString::fromUtf8(json)});
    return m_db.insertedId(q);
}

void CertificateStore::recordPrint(qint64 certificateId, bool duplicate, const QString& user,
                                   const QDateTime& at)
{
    m_db.run(QStringLiteral("INSERT INTO certificate_prints (certificate_id, printed_at, "
                            "printed_by, duplicate) VALUES (?,?,?,?)"),
             {certificateId, at.toString(Qt::ISODate), user, duplicate ? 1 : 0});
}

std::optional<CertificateStore::Entry> CertificateStore::byNumber(const QString& number) const
{
    const QVector<Entry> found = load(QStringLiteral("c.number = ?"), {number});
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

std::optional<CertificateStore::Entry> CertificateStore::sameContent(qint64 accreditationId,
                                                                     const QString& key) const
{
    const QVector<Entry> found = load(
        QStringLiteral("c.accreditation_id = ? AND c.content_key = ?"), {accreditationId, key});
    if (found.isEmpty())
        return std::nullopt;
    return found.back();
}

QVector<CertificateStore::Entry> CertificateStore::ofCompany(qint64 companyId) const
{
    return load(
        QStringLiteral("c.accreditation_id IN (SELECT id FROM rights WHERE company_id = ?)"),
        {companyId});
}

QVector<CertificateStore::Entry> CertificateStore::all() const
{
    return load(QStringLiteral("1 = 1"), {});
}

QVector<CertificateStore::Entry> CertificateStore::load(const QString& where,
                                                        const QVariantList& params) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT c.id, c.accreditation_id, c.number, c.issued_on, c.issued_at, "
                       "c.issued_by, c.content_key, c.fingerprint, c.key_id, c.code, c.content, "
                       "(SELECT count(*) FROM certificate_prints p WHERE p.certificate_id = c.id) "
                       "FROM certificates c WHERE %1 ORDER BY c.id")
            .arg(where),
        params);
    QVector<Entry> out;
    while (q.next()) {
        Entry e;
        e.issued.id = q.value(0).toLongLong();
        e.issued.accreditationId = q.value(1).toLongLong();
        e.issued.number = q.value(2).toString();
        e.issued.issuedOn = dateFromSql(q.value(3));
        e.issued.issuedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        e.issued.issuedBy = q.value(5).toString();
        e.issued.contentKey = q.value(6).toString();
        e.issued.fingerprint = q.value(7).toString();
        e.issued.keyId = q.value(8).toString();
        e.issued.code = q.value(9).toString();
        e.content = CertificateContent::fromJson(
            QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object());
        e.issued.prints = q.value(11).toInt();
        out.append(e);
    }
    return out;
}

} // namespace cinereg
