#include "VerificationPagePublisher.h"

#include "../services/Register.h"
#include "../store/CertificateStore.h"
#include "../store/RightStore.h"
#include "../store/StatusListStore.h"
#include "../store/StoreAccess.h"
#include "CertificateStanding.h"
#include "EffectivenessRules.h"
#include "SigningKey.h"
#include "SigningKeyRegistry.h"
#include "VerificationCode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cinereg {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool writeFile(const QString& path, const QByteArray& content, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

QStringList VerificationPagePublisher::pageFiles()
{
    return {QStringLiteral("index.html"), QStringLiteral("verify.css"),
            QStringLiteral("verify.js")};
}

StatusList VerificationPagePublisher::makeList() const
{
    StatusListStore store(StoreAccess::of(m_reg));
    const QVector<StatusListStore::Row> rows = store.rows();
    StatusList list(store.size());
    const QDateTime now = m_reg.clock().now().toUTC();
    list.made = now;
    list.trustUntil = now.addDays(qMax(1, m_reg.settings().statusListTrustDays));

    // Every right of every company holding a certified accreditation, read at once, and each
    // accreditation's effectiveness today computed once for all its certificates.
    RightStore rights(StoreAccess::of(m_reg));
    const QHash<qint64, CompanyRights> held = rights.ofCompanies(rights.allCompanyIdsWithRights());
    const QDate today = m_reg.today();
    QHash<qint64, Effectiveness> effectiveness;
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        for (const Right& a : it->accreditations)
            effectiveness.insert(a.id, EffectivenessRules::on(a, it->authorizations, today));

    for (const StatusListStore::Row& row : rows) {
        const auto code = VerificationCode::decode(row.code);
        const auto e = effectiveness.constFind(row.accreditationId);
        if (!code || e == effectiveness.cend())
            continue; // `check` reports such a certificate; the page will say unknown
        list.setEntry(row.index, code->signature);
        switch (CertificateStanding::statusOf(*e, code->validUntil, today)) {
        case CertificateStatus::Revoked:
            list.revoked.set(row.index);
            break;
        case CertificateStatus::Suspended:
            list.suspended.set(row.index);
            break;
        case CertificateStatus::Expired:
            list.ended.set(row.index);
            break;
        default:
            break;
        }
    }
    return list;
}

Outcome<VerificationPagePublisher::Published>
VerificationPagePublisher::publish(const QString& folder) const
{
    const auto refused = [&](const QString& why) {
        return Refusal{Rule::InvalidField, QStringLiteral("folder"),
                       tr("The verification page could not be written into %1: %2.")
                           .arg(QDir::toNativeSeparators(folder), why)};
    };
    if (!QDir().mkpath(folder))
        return refused(tr("the folder cannot be created"));
    // The one place where publishing uses the signing key.
    // Never created here: only a key an administrator registered signs (SigningKeyRegistry).
    const Outcome<SigningKey> key = SigningKeyRegistry(m_reg).forIssuing(m_reg.settings());
    if (!key)
        return key.refusal();

    // Every key that ever signed a certificate, and the one that signs this list.
    QJsonArray keys;
    QStringList known;
    QVector<StatusListStore::PublicKey> all = StatusListStore(StoreAccess::of(m_reg)).publicKeys();
    all.append({key.value().keyId(), key.value().publicKey()});
    const CertificateStore certificates(StoreAccess::of(m_reg));
    for (const StatusListStore::PublicKey& k : all) {
        // Only the keys the register trusts are published as trusted.
        if (known.contains(k.keyId) || certificates.registeredPublicKey(k.keyId) != k.key)
            continue;
        known.append(k.keyId);
        keys.append(QJsonObject{
            {QStringLiteral("key_id"), k.keyId},
            {QStringLiteral("public_key"), QString::fromLatin1(k.key.toBase64(Base64Url))}});
    }

    const StatusList list = makeList();
    const QDir dir(folder);
    Published published{list.size(), list.made, list.trustUntil, {}};
    QString error;
    for (const QString& name : pageFiles()) {
        QFile resource(QStringLiteral(":/web/") + name);
        if (!resource.open(QIODevice::ReadOnly))
            return refused(tr("the program's copy of %1 is missing").arg(name));
        if (!writeFile(dir.filePath(name), resource.readAll(), &error))
            return refused(error);
        published.files.append(dir.absoluteFilePath(name));
    }
    const QList<QPair<QString, QByteArray>> data{
        {QStringLiteral("keys.json"),
         QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson()},
        {QStringLiteral("status-list.json"), list.signedDocument(key.value())}};
    for (const auto& [name, content] : data) {
        if (!writeFile(dir.filePath(name), content, &error))
            return refused(error);
        published.files.append(dir.absoluteFilePath(name));
    }
    return published;
}

} // namespace cinereg
