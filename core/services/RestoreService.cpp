#include "RestoreService.h"

#include "../store/Backup.h"
#include "../store/HeadWitness.h"
#include "../store/RegisterCopy.h"
#include "../store/StoreAccess.h"
#include "HeadSigning.h"
#include "IntegrityService.h"
#include "Register.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cinereg {

namespace {
void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    HeadWitness::forget(path);
}
} // namespace

Check RestoreService::backup(const Register& reg, const QString& target)
{
    if (auto refusal = reg.require(Action::Backup))
        return *refusal;
    const Database& source = StoreAccess::of(reg);
    if (!source.dialect().isServer())
        return Backup::save(source, target);
    // A server register: an ordinary register file, copied from one snapshot of the server.
    if (QFileInfo::exists(target))
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("%1 already exists; a backup never overwrites a file.").arg(target)};
    try {
        const Database copy(target, HeadSigning::signer());
        RegisterCopy::copy(source, copy);
    } catch (...) {
        removeWithCompanions(target);
        throw;
    }
    HeadWitness::forget(target);
    return Done{};
}

Check RestoreService::restore(const QString& source, const QString& target, const Clock& clock,
                              const QString& user)
{
    if (!QFileInfo::exists(source))
        return Refusal{Rule::NotFound, QStringLiteral("file"),
                       tr("%1 does not exist.").arg(source)};
    if (Database::isServerAddress(target))
        return restoreToServer(source, target, clock, user);
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.size() > 0)
        return Refusal{Rule::InvalidField, QStringLiteral("db"),
                       tr("%1 is not empty; restore only into a new or empty file.").arg(target)};
    const QString probe = target + QStringLiteral(".restoring");
    removeWithCompanions(probe);
    QStringList findings;
    try {
        Backup::copyFile(source, probe);
        Register copy(probe, clock, user); // refuses a foreign or newer file; migrates an older
        findings = copy.integrity().findings();
    } catch (...) {
        removeWithCompanions(probe);
        throw;
    }
    if (!findings.isEmpty()) {
        removeWithCompanions(probe);
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("%1 fails the register's check and is not restored:\n%2")
                           .arg(source, findings.join(QLatin1Char('\n')))};
    }
    QFile::remove(target);
    if (!QFile::rename(probe, target)) {
        removeWithCompanions(probe);
        return Refusal{Rule::InvalidField, QStringLiteral("db"),
                       tr("Cannot write %1.").arg(target)};
    }
    HeadWitness::forget(probe);
    HeadWitness::forget(target);
    return Done{};
}

Check RestoreService::restoreToServer(const QString& source, const QString& target,
                                      const Clock& clock, const QString& user)
{
    // The file is checked first, as for a file target, on a private copy migrated forward.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("Cannot create a temporary folder to check %1.").arg(source)};
    const QString probe = folder.filePath(QStringLiteral("restoring.cinereg"));
    Backup::copyFile(source, probe);
    Register copy(probe, clock, user);
    const QStringList findings = copy.integrity().findings();
    if (!findings.isEmpty())
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("%1 fails the register's check and is not restored:\n%2")
                           .arg(source, findings.join(QLatin1Char('\n')))};
    // Creates the schema in an empty database; the seal written after the copy is signed as any
    // commit of this account is.
    const Database server(target, HeadSigning::signer());
    if (!RegisterCopy::isEmpty(server))
        return Refusal{Rule::InvalidField, QStringLiteral("db"),
                       tr("The register %1 is not empty; restore only into an empty register. "
                          "Nothing was written.")
                           .arg(target)};
    const QStringList foreign = RegisterCopy::notOwned(server);
    if (!foreign.isEmpty())
        return Refusal{Rule::InvalidField, QStringLiteral("db"),
                       tr("The login %1 does not own the tables of %2 (%3): a restore is run by "
                          "the database's owner. Nothing was written.")
                           .arg(server.serverLogin(), target, foreign.join(QStringLiteral(", ")))};
    RegisterCopy::copy(StoreAccess::of(copy), server);
    HeadWitness::forget(probe);
    HeadWitness::forget(target);
    return Done{};
}

} // namespace cinereg
