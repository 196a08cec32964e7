// Hostile input through the real executable: every bad value is refused with exit 1 (or 2 for a
// usage error) naming its field, and the register is left as it was; files that are not a
// register this version can write are refused with exit 3 and left byte-identical.
#include "CliRunner.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

using namespace cinereg::test;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int auditCount(const CliRunner& cli)
{
    return cli.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")})
        .json()
        .array()
        .size();
}

// A command line with one value given as raw bytes, which QProcess cannot pass (it encodes
// QStrings as UTF-8): the shell's printf writes the bytes.
CliResult runWithRawValue(const CliRunner& cli, const QStringList& arguments, const QString& option,
                          const QByteArray& octalEscapedValue, bool withEquals = false)
{
    QProcess process;
    const QString value =
        QStringLiteral("\"$(printf '%1')\"").arg(QString::fromLatin1(octalEscapedValue));
    const QString script = QStringLiteral("exec \"$0\" \"$@\" %1")
                               .arg(withEquals ? option + QLatin1Char('=') + value
                                               : option + QLatin1Char(' ') + value);
    QStringList all{QStringLiteral("-c"),   script,       QStringLiteral(CINEREG_CLI_PATH),
                    QStringLiteral("--db"), cli.dbPath(), QStringLiteral("--lang"),
                    QStringLiteral("en")};
    all += arguments;
    process.start(QStringLiteral("/bin/sh"), all);
    process.waitForFinished(60000);
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList companyAdd(const QString& option, const QString& value)
{
    QStringList args{
        QStringLiteral("company"),     QStringLiteral("add"),     QStringLiteral("--name"),
        QStringLiteral("Atlas Films"), QStringLiteral("--form"),  QStringLiteral("SARL"),
        QStringLiteral("--rc"),        QStringLiteral("99001"),   QStringLiteral("--rc-court"),
        QStringLiteral("Rabat"),       QStringLiteral("--ice"),   validIce(901),
        QStringLiteral("--address"),   QStringLiteral("1 rue X"), QStringLiteral("--city"),
        QStringLiteral("Rabat")};
    const int at = args.indexOf(option);
    if (at >= 0)
        args[at + 1] = value;
    else
        args << option << value;
    return args;
}

struct HostileCase
{
    const char* what;
    QStringList arguments;
    int exitCode;
    QString mustName; // what stderr must mention: the option or field
};

class Hostile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        company = cli.addCompany(1);
        authorization = cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"),
                                   QString::number(company), QStringLiteral("--decision"),
                                   QStringLiteral("D-1"), QStringLiteral("--from"),
                                   QStringLiteral("2025-01-01")});
        audit = auditCount(cli);
        fileDigest = digest(cli.dbPath());
    }

    void expectNothingWritten(const char* what)
    {
        EXPECT_EQ(auditCount(cli), audit) << what;
        EXPECT_EQ(digest(cli.dbPath()), fileDigest) << what << ": the file changed";
        // A failure is reported once, not again by every later case.
        audit = auditCount(cli);
        fileDigest = digest(cli.dbPath());
    }

    void expectRefused(const HostileCase& c, const CliResult& r)
    {
        EXPECT_EQ(r.exitCode, c.exitCode) << c.what << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.mustName))
            << c.what << ": stderr does not name " << c.mustName.toStdString() << "\n"
            << r.err.left(500).toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << c.what;
        expectNothingWritten(c.what);
    }

    CliRunner cli;
    qint64 company = 0;
    qint64 authorization = 0;
    int audit = 0;
    QByteArray fileDigest;
};
} // namespace

TEST_F(Hostile, BadValuesAreRefusedNamingTheFieldAndNothingIsWritten)
{
    const QString id = QString::number(company);
    const QString right = QString::number(authorization);
    const QString json = QStringLiteral("--json");
    const QString name = QStringLiteral("--name");
    const QList<HostileCase> cases{
        // ARG_MAX allows at most 131,071 bytes in one argument (MAX_ARG_STRLEN - 1).
        {"name of 131,071 bytes", companyAdd(name, QString(131071, QLatin1Char('A'))), 1, name},
        {"name of 65,000 Arabic letters",
         companyAdd(QStringLiteral("--name-ar"), QString(65000, QChar(0x0628))), 1,
         QStringLiteral("--name-ar")},
        {"invisible characters only", companyAdd(name, QStringLiteral("\u200B\u200C\u2060")), 1,
         name},
        {"escape sequence", companyAdd(name, QStringLiteral("Atlas\x1b[2J")), 1, name},
        {"newline", companyAdd(name, QStringLiteral("Atlas\nFilms")), 1, name},
        {"tab", companyAdd(QStringLiteral("--city"), QStringLiteral("Ra\tbat")), 1,
         QStringLiteral("--city")},
        {"bidi override U+202E", companyAdd(name, QStringLiteral("Atlas \u202Esmlif")), 1, name},
        {"bidi isolate U+2066", companyAdd(name, QStringLiteral("Atlas \u2066x")), 1, name},
        {"bidi embedding U+202B",
         companyAdd(QStringLiteral("--address"), QStringLiteral("\u202B1 rue X")), 1,
         QStringLiteral("--address")},
        {"U+FFFD typed", companyAdd(name, QStringLiteral("Atlas\uFFFD")), 1, name},
        {"negative capital", companyAdd(QStringLiteral("--capital"), QStringLiteral("-5")), 1,
         QStringLiteral("--capital")},
        {"huge capital",
         companyAdd(QStringLiteral("--capital"), QStringLiteral("99999999999999999999999")), 1,
         QStringLiteral("--capital")},
        {"negative id",
         {json, QStringLiteral("company"), QStringLiteral("show"), QStringLiteral("-1")},
         1,
         QStringLiteral("id")},
        {"zero id",
         {QStringLiteral("company"), QStringLiteral("show"), QStringLiteral("0")},
         1,
         QStringLiteral("id")},
        {"id beyond 64 bits",
         {QStringLiteral("company"), QStringLiteral("show"),
          QStringLiteral("99999999999999999999")},
         1,
         QStringLiteral("id")},
        {"id with letters",
         {QStringLiteral("company"), QStringLiteral("show"), QStringLiteral("12abc")},
         1,
         QStringLiteral("id")},
        {"negative right id",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), QStringLiteral("-7"),
          QStringLiteral("--reason"), QStringLiteral("x")},
         1,
         QStringLiteral("id")},
        {"negative company id in grant",
         {QStringLiteral("accreditation"), QStringLiteral("grant"), QStringLiteral("-2"),
          QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
          QStringLiteral("N"), QStringLiteral("--from"), QStringLiteral("2025-01-01")},
         1,
         QStringLiteral("company")},
        {"impossible date 02-30",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), right,
          QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--from"),
          QStringLiteral("2026-02-30")},
         1,
         QStringLiteral("--from")},
        {"month 13",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), right,
          QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--from"),
          QStringLiteral("2026-13-01")},
         1,
         QStringLiteral("--from")},
        {"date without zero padding",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), right,
          QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--from"),
          QStringLiteral("2026-3-1")},
         1,
         QStringLiteral("--from")},
        {"year 99999",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), right,
          QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--from"),
          QStringLiteral("99999-01-01")},
         1,
         QStringLiteral("--from")},
        {"escape in a reason",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), right,
          QStringLiteral("--reason"), QStringLiteral("x\x1b]0;pwn\x07")},
         1,
         QStringLiteral("--reason")},
        {"bidi override in a decision reference",
         {QStringLiteral("authorization"), QStringLiteral("suspend"), right,
          QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--decision"),
          QStringLiteral("\u202E1-D")},
         1,
         QStringLiteral("--decision")},
        {"negative executor",
         {QStringLiteral("production"), QStringLiteral("add"), QStringLiteral("--title"),
          QStringLiteral("T"), QStringLiteral("--kind"), QStringLiteral("national"),
          QStringLiteral("--executor"), QStringLiteral("-3"), QStringLiteral("--from"),
          QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-02")},
         1,
         QStringLiteral("executor")},
        {"unknown language",
         {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("company"),
          QStringLiteral("list")},
         2,
         QStringLiteral("--lang")},
        {"unknown language with =",
         {QStringLiteral("--lang=zz"), QStringLiteral("company"), QStringLiteral("list")},
         2,
         QStringLiteral("--lang")},
    };
    for (const HostileCase& c : cases)
        expectRefused(c, cli.run(c.arguments));
}

TEST_F(Hostile, InvalidUtf8IsRefusedNamingTheOptionNotStoredAsReplacementCharacters)
{
    // \377 and \376 never occur in UTF-8; \300\257 is an overlong "/"; \355\240\200 a surrogate.
    for (const QByteArray& bytes : {QByteArray("Atlas \\377\\376 Films"), QByteArray("\\300\\257"),
                                    QByteArray("Atlas\\355\\240\\200")}) {
        for (bool withEquals : {false, true}) {
            QStringList args = companyAdd(QStringLiteral("--name"), QString());
            args.removeAt(args.indexOf(QStringLiteral("--name")) + 1);
            args.removeAll(QStringLiteral("--name"));
            const CliResult r =
                runWithRawValue(cli, args, QStringLiteral("--name"), bytes, withEquals);
            expectRefused({"invalid UTF-8", {}, 1, QStringLiteral("--name")}, r);
        }
    }
    // The same path with a valid value is accepted: the test would fail if the shell quoting,
    // not the decoding, caused the refusal.
    QStringList args = companyAdd(QStringLiteral("--name"), QString());
    args.removeAt(args.indexOf(QStringLiteral("--name")) + 1);
    args.removeAll(QStringLiteral("--name"));
    const CliResult ok = runWithRawValue(cli, args, QStringLiteral("--name"),
                                         QByteArray("Soci\\303\\251t\\303\\251"));
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
}

TEST_F(Hostile, ASearchForALoneWildcardOrQuoteFindsNothing)
{
    cli.addCompany(2);
    for (const QString& text : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\""),
                                QStringLiteral("'"), QStringLiteral("*")}) {
        const CliResult r = cli.run({QStringLiteral("--json"), QStringLiteral("company"),
                                     QStringLiteral("list"), QStringLiteral("--search"), text});
        EXPECT_EQ(r.exitCode, 0) << text.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.json().array().isEmpty()) << text.toStdString() << r.out.toStdString();
    }
}

namespace {
QString writeFile(const CliRunner& cli, const QString& name, const QByteArray& bytes)
{
    const QString path = cli.tempPath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

TEST_F(Hostile, ForeignTruncatedAndNewerFilesExitThreeAndStayByteIdentical)
{
    const QByteArray real = readFile(cli.dbPath());
    ASSERT_GT(real.size(), 8192);
    QByteArray newer = real;
    newer[60] = char(0x7F); // user_version, big-endian at offset 60: far beyond this program's
    QByteArray foreignSqlite = real;
    foreignSqlite[68] = 0x12; // application_id of another program
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("text.cinereg"), QByteArray("not a register\n")},
        {QStringLiteral("empty-header.cinereg"), QByteArray("SQLite format 3")},
        {QStringLiteral("zeros.cinereg"), QByteArray(8192, '\0')},
        {QStringLiteral("truncated-header.cinereg"), real.left(50)},
        {QStringLiteral("newer.cinereg"), newer},
        {QStringLiteral("other-program.cinereg"), foreignSqlite},
    };
    for (const auto& [name, bytes] : files) {
        const QString path = writeFile(cli, name, bytes);
        const QByteArray before = digest(path);
        for (const QStringList& command :
             {QStringList{QStringLiteral("company"), QStringLiteral("list")},
              companyAdd(QStringLiteral("--name"), QStringLiteral("Atlas"))}) {
            const CliResult r = cli.run(QStringList{QStringLiteral("--db"), path} + command);
            EXPECT_EQ(r.exitCode, 3) << name.toStdString() << "\n" << r.err.toStdString();
            EXPECT_FALSE(r.err.isEmpty()) << name.toStdString();
            EXPECT_EQ(digest(path), before) << name.toStdString() << " was modified";
            EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")) &&
                         QFileInfo(path + QStringLiteral("-wal")).size() > 0)
                << name.toStdString();
        }
    }
}
