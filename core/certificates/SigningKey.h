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

    // A fresh key pair written to a new file (mode 0600); refused when the file exists, so an
    // existing key is never overwritten. Only an administrator's explicit action calls this.
    static Outcome<SigningKey> create(const QString& path);
    // Reads an existing key file. Refused when it is missing (issuing never creates a key) and
    // when its mode lets the group or others read it: a secret any local account can read lets
    // that account mint certificates that verify, so a warning nobody reads is not enough.
    static Outcome<SigningKey> load(const QString& path);
    // Copies the key of `source` (e.g. the CCM's key on a removable medium) to `destination`,
    // mode 0600. Refused when the source is not a key, or when the destination holds another key.
    static Outcome<SigningKey> importFile(const QString& source, const QString& destination);
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
    static Outcome<SigningKey> read(const QString& path);
    QByteArray m_secret;
    QByteArray m_public;
};

} // namespace cinereg
