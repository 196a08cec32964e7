#pragma once

#include <QByteArray>
#include <QString>

namespace cinereg {

class Database;

// Signs the register's seal at each commit when the register's signing key is at hand. The
// store only knows this interface; which key and where it lives is decided by the services
// (core/services/HeadSigning), so that key management can change without touching the store.
class HeadSigner
{
public:
    virtual ~HeadSigner() = default;
    // False when no key is available now (the seal is then written unsigned).
    virtual bool sign(const Database& db, const QByteArray& message, QString* keyId,
                      QByteArray* signature) const = 0;
};

} // namespace cinereg
