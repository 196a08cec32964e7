#include "SigningKeyRegistry.h"

#include "../services/Register.h"
#include "../store/AuditLog.h"
#include "../store/CertificateStore.h"
#include "../store/StoreAccess.h"

#include <QDir>
#include <QFile>

namespace cinereg {

QString SigningKeyRegistry::keyPath() const
{
    const QString configured = m_reg.settings().signingKeyPath;
    return configured.isEmpty() ? SigningKey::defaultPath() : configured;
}

Outcome<QString> SigningKeyRegistry::create() const
{
    if (auto refusal = m_reg.require(Action::ChangeSettings))
        return *refusal;
    const QString path = keyPath();
    const Outcome<SigningKey> key = SigningKey::create(path);
    if (!key)
        return key.refusal();
    try {
        return registerKey(key.value(), QStringLiteral("create"));
    } catch (...) {
        // A key the register does not know must not stay behind to be picked up later.
        QFile::remove(path);
        throw;
    }
}

Outcome<QString> SigningKeyRegistry::importFile(const QString& source) const
{
    if (auto refusal = m_reg.require(Action::ChangeSettings))
        return *refusal;
    const Outcome<SigningKey> key = SigningKey::importFile(source, keyPath());
    if (!key)
        return key.refusal();
    return registerKey(key.value(), QStringLiteral("import"));
}

Outcome<QString> SigningKeyRegistry::registerKey(const SigningKey& key, const QString& how) const
{
    Transaction tx(StoreAccess::of(m_reg));
    CertificateStore store(StoreAccess::of(m_reg));
    if (store.registeredPublicKey(key.keyId()) == key.publicKey())
        return key.keyId(); // already registered: nothing new to record
    const QDateTime now = m_reg.clock().now();
    store.addKey(key.keyId(), key.publicKey(), m_reg.user(), now);
    if (store.publicKey(key.keyId()) != key.publicKey())
        return Refusal{
            Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
            tr("Another public key with the id %1 is already in the register.").arg(key.keyId())};
    AuditLog(StoreAccess::of(m_reg))
        .append({0, now, m_reg.user(), CertificateStore::registrationEntity(),
                 store.keyRow(key.keyId()), CertificateStore::registrationAction(),
                 QJsonObject{{QStringLiteral("key_id"), key.keyId()},
                             {QStringLiteral("public_key"),
                              QString::fromLatin1(key.publicKey().toHex().toUpper())},
                             {QStringLiteral("how"), how}}});
    tx.commit();
    return key.keyId();
}

Outcome<SigningKey> SigningKeyRegistry::forIssuing(const Settings& settings) const
{
    Outcome<SigningKey> key = SigningKey::load(settings.signingKeyPath);
    if (!key)
        return key;
    if (!CertificateStore(StoreAccess::of(m_reg)).registeredPublicKey(key.value().keyId()))
        return Refusal{
            Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
            tr("The signing key %1 (file %2) is not registered in this register: an "
               "administrator imports it first (cinereg-cli key import FILE, or "
               "Settings → Signing key).")
                .arg(key.value().keyId(), QDir::toNativeSeparators(settings.signingKeyPath.isEmpty()
                                                                       ? SigningKey::defaultPath()
                                                                       : settings.signingKeyPath))};
    return key;
}

QVector<SigningKeyRecord> SigningKeyRegistry::keys() const
{
    return CertificateStore(StoreAccess::of(m_reg)).keys();
}

QStringList SigningKeyRegistry::integrityFindings() const
{
    QStringList out;
    for (const SigningKeyRecord& k : keys())
        if (!k.registered)
            out.append(tr("Public key %1 entered the register without an administrator's "
                          "registration (no audited key creation or import): certificates it "
                          "signs are not trusted.")
                           .arg(k.keyId));
    return out;
}

} // namespace cinereg
