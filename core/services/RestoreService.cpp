#include "RestoreService.h"

#include "../store/Backup.h"
#include "../store/HeadWitness.h"
#include "../store/StoreAccess.h"
#include "IntegrityService.h"
#include "Register.h"

#include <QFile>
#include <QFileInfo>

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
    return Backup::save(StoreAccess::of(reg), target);
}

Check RestoreService::restore(const QString& source, const QString& target, const Clock& clock,
                              const QString& user)
{
    if (!QFileInfo::exists(source))
        return Refusal{Rule::NotFound, QStringLiteral("file"),
                       tr("%1 does not exist.").arg(source)};
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

} // namespace cinereg
