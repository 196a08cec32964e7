#pragma once

#include <QString>

namespace cinereg {

// Argon2id through libsodium (crypto_pwhash_str): a slow, salted hash that carries its own
// parameters, so a register keeps verifying old hashes if the parameters are raised later.
class PasswordHash
{
public:
    // "$argon2id$v=19$m=...": never the password itself. Throws StorageError if libsodium
    // cannot allocate the memory the hash needs.
    static QString of(const QString& password);
    // Constant-time verification; false for an empty or malformed hash.
    static bool verify(const QString& hash, const QString& password);
    // The SHA-256 (hex) of a stored hash: what the audit trail records, so that `check` finds a
    // hash swapped in the table without the trail ever holding the hash.
    static QString fingerprint(const QString& hash);
};

} // namespace cinereg
