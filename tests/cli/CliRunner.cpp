#include "CliRunner.h"

#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QDate>
#include <QJsonObject>
#include <QProcess>

namespace cinereg::test {

// On a test server (CINEREG_TEST_PG), the register is a fresh server database whose login is
// the --user every command gives, clerk1.
CliRunner::CliRunner()
    : m_db(TestServer::active() ? TestServer::freshRegister(QStringLiteral("clerk1"))
                                : m_dir.filePath(QStringLiteral("register.cinereg")))
{
}

CliRunner::~CliRunner()
{
    if (TestServer::active())
        TestServer::drop(m_db);
}

namespace {
// Runs cinereg-cli with these arguments in `process` (set up by the caller) and collects its
// exit code and output.
CliResult finished(QProcess& process, const QStringList& arguments)
{
    process.start(QStringLiteral(CINEREG_CLI_PATH), arguments);
    process.waitForFinished(60000);
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
} // namespace

CliResult CliRunner::run(const QStringList& arguments, const QString& language) const
{
    QProcess process;
    QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                    QStringLiteral("clerk1")};
    if (!language.isEmpty())
        all << QStringLiteral("--lang") << language;
    all += arguments;
    // The signing key's default file goes under the test's own folder, never the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    return finished(process, all);
}

CliResult CliRunner::runAs(const QString& user, const QStringList& arguments,
                           const QHash<QString, QString>& variables) const
{
    QProcess process;
    // On a server an account signs in only as the server login of the same name.
    const QString db =
        TestServer::active() && !user.isEmpty() ? TestServer::asLogin(m_db, user) : m_db;
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    all += arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("CINEREG_PASSWORD"));
    environment.remove(QStringLiteral("CINEREG_NEW_PASSWORD"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    // No terminal: a password that is not in the environment is never waited for.
    process.setStandardInputFile(QProcess::nullDevice());
    return finished(process, all);
}

qint64 CliRunner::addCompany(int n, const QString& form, const QString& capital) const
{
    const Company c = sampleCompany(n, form);
    const CliResult r = run({QStringLiteral("--json"),
                             QStringLiteral("company"),
                             QStringLiteral("add"),
                             QStringLiteral("--name"),
                             c.name,
                             QStringLiteral("--name-ar"),
                             c.nameAr,
                             QStringLiteral("--form"),
                             form,
                             QStringLiteral("--rc"),
                             c.rcNumber,
                             QStringLiteral("--rc-court"),
                             c.rcCourt,
                             QStringLiteral("--ice"),
                             c.ice,
                             QStringLiteral("--capital"),
                             capital,
                             QStringLiteral("--address"),
                             c.address,
                             QStringLiteral("--city"),
                             c.city});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().object().value(QStringLiteral("id")).toInteger();
}

qint64 CliRunner::grant(const QStringList& arguments) const
{
    const CliResult r = run(QStringList{QStringLiteral("--json")} + arguments);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().object().value(QStringLiteral("id")).toInteger();
}

QString iso(int daysFromToday)
{
    return QDate::currentDate().addDays(daysFromToday).toString(Qt::ISODate);
}

} // namespace cinereg::test
