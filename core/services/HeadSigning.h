#pragma once

#include <memory>
#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

class HeadSigner;
class Register;

// The one place that ties the register's seal to the CCM's Ed25519 signing key: each commit
// signs the seal when the key file is at hand, and `check` verifies the signature. A register
// rewritten outside the program (every hash and digest recomputed) cannot carry a valid
// signature without the key, so a check run by an account holding the key reports it.
class HeadSigning
{
    Q_DECLARE_TR_FUNCTIONS(HeadSigning)

public:
    // Signs with the key file the settings name (the default key when none) if and when it
    // exists; never creates a key.
    static std::shared_ptr<const HeadSigner> signer();
    static QStringList findings(const Register& reg);
};

} // namespace cinereg
