#include "HeadWitness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace cinereg {

namespace {
// What names a register the same way from any working folder: a file's canonical path; a
// server register's address as given (it names no file, and no folder makes it relative).
QString registerName(const QString& registerPath)
{
    if (Database::isServerAddress(registerPath))
        return registerPath;
    const QFileInfo info(registerPath);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

QString HeadWitness::witnessPath(const QString& registerPath)
{
    const QByteArray id =
        QCryptographicHash::hash(registerName(registerPath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/anchors/") + QString::fromLatin1(id) + QStringLiteral(".head");
}

void HeadWitness::record(const Database& db)
{
    if (db.path() == QLatin1String(":memory:"))
        return;
    qint64 auditId = 0;
    QString auditHash;
    try {
        QSqlQuery q = db.run(QStringLiteral("SELECT audit_id, audit_hash FROM integrity_seal"));
        if (!q.next())
            return;
        auditId = q.value(0).toLongLong();
        auditHash = q.value(1).toString();
    } catch (const std::exception&) {
        return; // the seal table does not exist yet (migrating)
    }
    if (!auditId)
        return;
    const QString path = witnessPath(db.path());
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir(folder).exists()) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QSaveFile file(path);
    const QJsonObject head{{QStringLiteral("register"), registerName(db.path())},
                           {QStringLiteral("audit_id"), auditId},
                           {QStringLiteral("audit_hash"), auditHash}};
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcStore) << "cannot write the head witness" << path << file.errorString();
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(head).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcStore) << "cannot write the head witness" << path << file.errorString();
}

void HeadWitness::forget(const QString& registerPath)
{
    QFile::remove(witnessPath(registerPath));
}

QStringList HeadWitness::findings(const Database& db)
{
    QFile file(witnessPath(db.path()));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // this account never wrote to this register
    const QJsonObject head = QJsonDocument::fromJson(file.readAll()).object();
    const qint64 auditId = head.value(QStringLiteral("audit_id")).toInteger();
    const QString auditHash = head.value(QStringLiteral("audit_hash")).toString();
    QSqlQuery q = db.run(QStringLiteral("SELECT hash FROM audit WHERE id = ?"), {auditId});
    if (!q.next())
        return {tr("The audit trail no longer holds entry %1, which this account wrote last: "
                   "the register was truncated or replaced by an older copy.")
                    .arg(auditId)};
    if (q.value(0).toString() != auditHash)
        return {tr("Audit entry %1 differs from the one this account wrote: the audit trail "
                   "was rewritten outside the program.")
                    .arg(auditId)};
    return {};
}

} // namespace cinereg
