#pragma once

#include "../Refusal.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cinereg {

// The CCM's Ed25519 signing key (libsodium). The private half lives in a file outside the
// database, readable by its owner only; the public half goes into the register so that every
// certificate it ever signed stays verifiable after the key is replaced.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    // Reads the key file, creating it (mode 0600) with a fresh key pair when it does not exist.
    static Outcome<SigningKey> loadOrCreate(const QString& path);
    // Where the key lives when the settings name no file.
    static QString defaultPath();

    QByteArray publicKey() const { return m_public; }
    QString keyId() const { return idOf(m_public); }
    QByteArray sign(const QByteArray& message) const;

    // Eight hexadecimal digits of the public key's SHA-256: short enough to print.
    static QString idOf(const QByteArray& publicKey);
    static bool verify(const QByteArray& message, const QByteArray& signature,
                       const QByteArray& publicKey);

private:
    SigningKey(QByteArray secret, QByteArray publicKey);
    QByteArray m_secret;
    QByteArray m_public;
};

} // namespace cinereg
