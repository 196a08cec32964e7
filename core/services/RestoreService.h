#pragma once

#include "../Clock.h"
#include "../Refusal.h"

#include <QCoreApplication>

namespace cinereg {

class Register;

// Backs up an open register, and restores a backup into a new or empty register file: a
// consistent copy of the source (its -wal included), migrated forward, then checked as `check`
// would; a copy with any finding is refused and nothing is left behind. The source is never
// written.
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    // A consistent copy of the open register into the new file `target` (an ordinary register
    // file, safe while other users work; from a server register, one snapshot of the server
    // copied by RegisterCopy); refuses to overwrite a file. Throws StorageError.
    static Check backup(const Register& reg, const QString& target);
    // `target` may be a server register (postgresql://...): the file is then checked, and copied
    // whole into the server register, which must be empty, by the login owning its tables
    // (RegisterCopy). Throws StorageError when the source is not a readable cinereg register.
    static Check restore(const QString& source, const QString& target, const Clock& clock,
                         const QString& user);

private:
    static Check restoreToServer(const QString& source, const QString& target, const Clock& clock,
                                 const QString& user);
};

} // namespace cinereg
