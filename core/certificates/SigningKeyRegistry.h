#pragma once

#include "../Refusal.h"
#include "../Settings.h"
#include "SigningKey.h"
#include "SigningKeyRecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

class Register;

// The only way a signing key comes into use: an administrator creates the CCM's key or imports
// it from a file (command line `key create|import`, or the window's settings), which writes the
// secret (mode 0600) where the settings say and registers its public half in the register as an
// audited write. Issuing uses only a registered key and never creates one; verification trusts
// only registered keys; `check` reports any public key that entered the register another way.
class SigningKeyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyRegistry)

public:
    explicit SigningKeyRegistry(const Register& reg) : m_reg(reg) {}

    // A new key at the settings' path (refused if a file is there), registered. The key id.
    Outcome<QString> create() const;
    // Copies the key file `source` to the settings' path and registers it. The key id.
    Outcome<QString> importFile(const QString& source) const;
    // The key to sign with: the settings' file, refused when missing, readable by others, or
    // not registered in this register.
    Outcome<SigningKey> forIssuing(const Settings& settings) const;
    // Where this workstation's key file is (the settings' path, or the default one).
    QString keyPath() const;
    QVector<SigningKeyRecord> keys() const;
    QStringList integrityFindings() const; // for `check`

private:
    Outcome<QString> registerKey(const SigningKey& key, const QString& how) const;
    const Register& m_reg;
};

} // namespace cinereg
