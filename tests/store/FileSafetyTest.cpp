// Damaged, newer and tampered files are refused before any write and stay byte-identical;
// restore copies consistently and checks first; the files are private; two programs can create
// one register at once.
#include "CliProcesses.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RestoreService.h"
#include "store/Backup.h"
#include "store/HeadWitness.h"
#include "store/StoreAccess.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <sys/stat.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {

constexpr int PageSize = 4096;

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

class FileSafety : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    // A small register written by the CLI (its write-ahead log checkpointed on exit).
    QString smallRegister(const QString& name, int companies = 2)
    {
        const QString db = path(name);
        for (int n = 1; n <= companies; ++n)
            EXPECT_EQ(runCli(companyAddArguments(db, n), data()), 0);
        EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
        return db;
    }
    int addCompany(const QString& db, int n, QString* err = nullptr)
    {
        return runCli(companyAddArguments(db, n), data(), err);
    }
    QTemporaryDir m_dir;
};

TEST_F(FileSafety, AWriteIntoARegisterWithAnyPageZeroedIsRefusedAndLeavesItIdentical)
{
    const QString pristine = smallRegister(QStringLiteral("pristine.cinereg"));
    const QByteArray original = contentOf(pristine);
    const int pages = int(original.size() / PageSize);
    ASSERT_GT(pages, 20);
    for (int page = 0; page < pages; ++page) {
        QByteArray damaged = original;
        damaged.replace(page * PageSize, PageSize, QByteArray(PageSize, '\0'));
        const QString db = path(QStringLiteral("page-%1.cinereg").arg(page + 1));
        writeFile(db, damaged);
        QString err;
        EXPECT_EQ(addCompany(db, 100 + page, &err), 3) << "page " << page + 1;
        EXPECT_EQ(contentOf(db), damaged) << "page " << page + 1 << " was written to";
        EXPECT_FALSE(err.isEmpty());
    }
}

TEST_F(FileSafety, ANewerVersionStillInTheWriteAheadLogIsRefused)
{
    const QString source = smallRegister(QStringLiteral("source.cinereg"));
    const QString db = path(QStringLiteral("newer.cinereg"));
    {
        // A newer program set its version: the change is committed in the -wal only, copied
        // (with the main file) while that program still has the file open.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(source);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(QFile::copy(source, db));
        ASSERT_TRUE(QFile::copy(source + QStringLiteral("-wal"), db + QStringLiteral("-wal")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray main = contentOf(db);
    const QByteArray wal = contentOf(db + QStringLiteral("-wal"));
    ASSERT_FALSE(wal.isEmpty());
    QString err;
    EXPECT_EQ(addCompany(db, 9, &err), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("newer version"))) << err.toStdString();
    EXPECT_EQ(contentOf(db), main);
    EXPECT_EQ(contentOf(db + QStringLiteral("-wal")), wal);
}

TEST_F(FileSafety, ADamagedRollbackJournalRegisterIsNotSwitchedToWal)
{
    const QString db = smallRegister(QStringLiteral("journal.cinereg"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("j"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("j"));
    QByteArray damaged = contentOf(db);
    ASSERT_EQ(damaged.at(18), 1); // rollback journal
    const int last = int(damaged.size() / PageSize) - 1;
    damaged.replace(last * PageSize, PageSize, QByteArray(PageSize, '\0'));
    writeFile(db, damaged);
    EXPECT_EQ(addCompany(db, 9), 3);
    EXPECT_EQ(contentOf(db), damaged);
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
}

TEST_F(FileSafety, TwoProgramsCreatingANewRegisterAtOnceBothSucceed)
{
    for (int round = 0; round < 5; ++round) {
        const QString db = path(QStringLiteral("new-%1.cinereg").arg(round));
        QProcess a, b, c;
        startCli(a, companyAddArguments(db, 1), data());
        startCli(b, companyAddArguments(db, 2), data());
        startCli(c, companyAddArguments(db, 3), data());
        for (QProcess* p : {&a, &b, &c}) {
            ASSERT_TRUE(p->waitForFinished(60000));
            EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        }
        EXPECT_EQ(rawValue(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(), 3);
        EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}, data()), 0);
    }
}

TEST_F(FileSafety, TheRegisterItsLogsBackupsAndFoldersAreForTheirOwnerOnly)
{
    const QString folder = path(QStringLiteral("ccm/registers"));
    const QString db = folder + QStringLiteral("/register.cinereg");
    FixedClock clock(QDate(2026, 3, 2));
    Register reg(db, clock, QStringLiteral("clerk"));
    ASSERT_TRUE(reg.companies().add(sampleCompany(1)).ok());
    EXPECT_EQ(modeOf(folder), 0700);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        ASSERT_TRUE(QFileInfo::exists(db + suffix)) << suffix.toStdString();
        EXPECT_EQ(modeOf(db + suffix), 0600) << suffix.toStdString();
    }
    const QString copy = path(QStringLiteral("backup.cinereg"));
    ASSERT_TRUE(Backup::save(StoreAccess::of(reg), copy));
    EXPECT_EQ(modeOf(copy), 0600);
    const QString witness = HeadWitness::witnessPath(db);
    ASSERT_TRUE(QFileInfo::exists(witness));
    EXPECT_EQ(modeOf(witness), 0600);
    EXPECT_EQ(modeOf(QFileInfo(witness).absolutePath()), 0700);
}

TEST_F(FileSafety, RestoreKeepsWhatIsStillInTheSourcesWriteAheadLog)
{
    FixedClock clock(QDate(2026, 3, 2));
    const QString source = path(QStringLiteral("live.cinereg"));
    Register live(source, clock, QStringLiteral("clerk"));
    ASSERT_TRUE(live.companies().add(sampleCompany(1)).ok());
    ASSERT_TRUE(live.companies().add(sampleCompany(2)).ok());
    ASSERT_GT(QFileInfo(source + QStringLiteral("-wal")).size(), 0); // not yet in the main file
    const QString target = path(QStringLiteral("restored.cinereg"));
    ASSERT_TRUE(RestoreService::restore(source, target, clock, QStringLiteral("admin")));
    Register restored(target, clock, QStringLiteral("admin"));
    EXPECT_EQ(restored.companies().summaries({1, 2}).size(), 2);
    EXPECT_TRUE(restored.integrity().findings().isEmpty());
}

TEST_F(FileSafety, ATamperedBackupIsNotRestored)
{
    const QString source = smallRegister(QStringLiteral("tampered.cinereg"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        raw.setDatabaseName(source);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE companies SET capital = 1 WHERE id = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    const QByteArray before = contentOf(source);
    const QString target = path(QStringLiteral("from-tampered.cinereg"));
    QString err;
    EXPECT_EQ(runCli({QStringLiteral("--db"), target, QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("restore"), source},
                     data(), &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("companies"))) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".restoring")));
    EXPECT_EQ(contentOf(source), before);
    // And `check` on the tampered file itself says so with exit 1.
    EXPECT_EQ(runCli({QStringLiteral("--db"), source, QStringLiteral("check")}, data()), 1);
}

} // namespace
