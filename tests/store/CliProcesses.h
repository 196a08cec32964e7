#pragma once

#include "TempRegister.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

namespace cinereg::test {

// cinereg-cli processes started by hand (several at once, or killed), for the crash and
// concurrency tests; the signing key's default folder stays inside `dataHome`.
inline QStringList companyAddArguments(const QString& db, int n)
{
    const Company c = sampleCompany(n);
    return {QStringLiteral("--db"),       db,
            QStringLiteral("--user"),     QStringLiteral("clerk"),
            QStringLiteral("--lang"),     QStringLiteral("en"),
            QStringLiteral("company"),    QStringLiteral("add"),
            QStringLiteral("--name"),     c.name,
            QStringLiteral("--form"),     c.legalForm,
            QStringLiteral("--rc"),       c.rcNumber,
            QStringLiteral("--rc-court"), c.rcCourt,
            QStringLiteral("--ice"),      c.ice,
            QStringLiteral("--capital"),  QString::number(c.capital.value_or(0)),
            QStringLiteral("--address"),  c.address,
            QStringLiteral("--city"),     c.city};
}

inline void startCli(QProcess& process, const QStringList& arguments, const QString& dataHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CINEREG_CLI_PATH), arguments);
}

inline int runCli(const QStringList& arguments, const QString& dataHome, QString* err = nullptr)
{
    QProcess process;
    startCli(process, arguments, dataHome);
    process.waitForFinished(120000);
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// One value of a query on a raw read-only connection.
inline QVariant rawValue(const QString& path, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

} // namespace cinereg::test
