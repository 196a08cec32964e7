#pragma once

#include <QString>
#include <stdexcept>

namespace cinereg {

// A problem with the database file itself: nothing the clerk typed can fix it, and the file is
// left as it was. The CLI maps it to exit code 3.
class StorageError : public std::runtime_error
{
public:
    // Conflict: on a server register, another workstation changed the rows this command read
    // while it ran (SQLSTATE 40001 or 40P01); nothing was written and the command can be run
    // again. PasswordRequired: the server asks for a password that libpq found neither in
    // PGPASSWORD nor in ~/.pgpass (or refused the one given).
    enum class Kind {
        CannotOpen,
        NotCinereg,
        Corrupt,
        NewerVersion,
        Locked,
        QueryFailed,
        Conflict,
        PasswordRequired
    };

    StorageError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace cinereg
