#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QStringList>
#include <QTemporaryDir>

namespace cinereg::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the real cinereg-cli executable on a register file in a temporary folder.
class CliRunner
{
public:
    CliRunner();
    CliResult run(const QStringList& arguments,
                  const QString& language = QStringLiteral("en")) const;
    // As the account `user` (once the register has accounts), with its password and any other
    // variables (e.g. CINEREG_NEW_PASSWORD) in the environment; no --user when `user` is empty.
    CliResult runAs(const QString& user, const QStringList& arguments,
                    const QHash<QString, QString>& environment = {}) const;
    QString dbPath() const { return m_db; }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    // Shortcuts for the common set-up steps; each asserts success and returns the new id.
    qint64 addCompany(int n, const QString& form = QStringLiteral("SARL"),
                      const QString& capital = QStringLiteral("1000000")) const;
    qint64 grant(const QStringList& arguments) const;

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QString iso(int daysFromToday); // today's date moved by some days, as YYYY-MM-DD

} // namespace cinereg::test
