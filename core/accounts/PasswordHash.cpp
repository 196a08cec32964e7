#include "PasswordHash.h"

#include "../StorageError.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace cinereg {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString PasswordHash::of(const QString& password)
{
    const QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    if (!sodiumReady() || crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()),
                                            crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                            crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw StorageError(StorageError::Kind::QueryFailed,
                           QStringLiteral("Argon2id: not enough memory to hash a password"));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES || !sodiumReady())
        return false;
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size())) ==
           0;
}

QString PasswordHash::fingerprint(const QString& hash)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(hash.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace cinereg
