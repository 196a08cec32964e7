#include "HeadSigning.h"

#include "../certificates/SigningKey.h"
#include "../store/CertificateStore.h"
#include "../store/HeadSigner.h"
#include "../store/RegisterSeal.h"
#include "../store/SettingsStore.h"
#include "../store/StoreAccess.h"
#include "Register.h"

#include <QFileInfo>

namespace cinereg {

namespace {
QString keyFile(const QString& configured)
{
    return configured.isEmpty() ? SigningKey::defaultPath() : configured;
}

// Loaded on first use and only if the file exists: a key may be installed while the window is
// open, and a missing key must never be created on the fly.
std::optional<SigningKey> loadExisting(const QString& path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Outcome<SigningKey> key = SigningKey::load(path);
    if (!key)
        return std::nullopt;
    return key.value();
}

// The key named by the settings at the time of the write (a clerk may change the setting while
// the window is open); loaded once per file.
class KeyFileSigner : public HeadSigner
{
public:
    bool sign(const Database& db, const QByteArray& message, QString* keyId,
              QByteArray* signature) const override
    {
        const QString path = keyFile(SettingsStore(db).load().signingKeyPath);
        if (path != m_path || !m_key) {
            m_path = path;
            m_key = loadExisting(path);
        }
        if (!m_key)
            return false;
        *keyId = m_key->keyId();
        *signature = m_key->sign(message);
        return true;
    }

private:
    mutable QString m_path;
    mutable std::optional<SigningKey> m_key;
};
} // namespace

std::shared_ptr<const HeadSigner> HeadSigning::signer()
{
    return std::make_shared<KeyFileSigner>();
}

QStringList HeadSigning::findings(const Register& reg)
{
    const std::optional<SealRecord> seal = RegisterSeal(StoreAccess::of(reg)).stored();
    if (!seal)
        return {}; // RegisterSeal reports the missing seal
    const std::optional<SigningKey> local = loadExisting(keyFile(reg.settings().signingKeyPath));
    if (seal->signature.isEmpty()) {
        if (local)
            return {tr("The register's seal is not signed, although this account holds the "
                       "register's signing key (%1): the register was rewritten outside the "
                       "program, or written by a program without the key.")
                        .arg(local->keyId())};
        return {};
    }
    QByteArray publicKey;
    if (local) {
        if (seal->keyId != local->keyId())
            return {tr("The register's seal is signed by key %1, not by the register's signing "
                       "key %2 held by this account.")
                        .arg(seal->keyId, local->keyId())};
        publicKey = local->publicKey();
    } else {
        publicKey =
            CertificateStore(StoreAccess::of(reg)).publicKey(seal->keyId).value_or(QByteArray());
    }
    if (publicKey.isEmpty() || !SigningKey::verify(seal->message(), seal->signature, publicKey))
        return {tr("The signature of the register's seal does not match its content: the "
                   "register was changed outside the program.")};
    return {};
}

} // namespace cinereg
