#pragma once

#include "../Refusal.h"
#include "StatusList.h"

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

class Register;
class SigningKey;

// Writes the public verification page into a folder that the CCM copies to its web site: the
// page itself (HTML, CSS, JavaScript from the program's resources; nothing from third parties),
// the register's public keys, and the status list signed with the register's key. The page
// checks everything in the browser, so the web server runs no program.
class VerificationPagePublisher
{
    Q_DECLARE_TR_FUNCTIONS(VerificationPagePublisher)

public:
    explicit VerificationPagePublisher(const Register& reg) : m_reg(reg) {}

    struct Published
    {
        int certificates = 0;
        QDateTime made;
        QDateTime trustUntil;
        QStringList files; // absolute paths
    };
    Outcome<Published> publish(const QString& folder) const;

    // The list as of now: each certificate's standing by the same rule as `certificate verify`.
    StatusList makeList() const;
    // The page's files, by name, as the program carries them.
    static QStringList pageFiles();

private:
    const Register& m_reg;
};

} // namespace cinereg
