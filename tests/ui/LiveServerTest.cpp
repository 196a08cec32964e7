// Several workstations on one server register (issue 11): the change feed hears the others
// through LISTEN/NOTIFY, a lost server connection is shown and recovered, File → Connect to a
// server opens a server register. Run by ctest on the throwaway cluster (label postgresql, fixture
// postgresql); skipped without it. Screenshots of the Connect dialog and of the banner in French
// and Arabic when CINEREG_SCREENSHOTS names a folder.
#include "CompanyForm.h"
#include "ConnectDialog.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "NewCompanyDialog.h"
#include "RegisterSession.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StorageError.h"
#include "StorageFailureBar.h"
#include "TempRegister.h"
#include "TestServer.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <memory>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace cinereg;

namespace {

constexpr int Deadline = 20000; // ms: generous, the tests return as soon as it happened

#define REQUIRE_SERVER()                                                                           \
    do {                                                                                           \
        if (!test::TestServer::active())                                                           \
            GTEST_SKIP() << "needs the test cluster (ctest -L postgresql)";                        \
    } while (false)

// Processes events until `done` or the deadline; true when done.
template <typename Done> bool waitFor(Done done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < Deadline)
        QTest::qWait(20);
    return done();
}

// A server register shared by two "workstations" (two connections) for one test.
struct SharedServerRegister
{
    SharedServerRegister() : address(test::TestServer::freshRegister(QString())) {}
    ~SharedServerRegister() { test::TestServer::drop(address); }
    QString address;
    FixedClock clock{QDate(2026, 11, 26)};
};

qint64 companyCount(Register& reg)
{
    return reg.companies().count({});
}

// A superuser connection to the cluster's maintenance database (a database's connections can
// only be disallowed from another one).
QString asAdmin(const QString& sql)
{
    const QString name = QStringLiteral("live-server-admin");
    if (!QSqlDatabase::contains(name)) {
        QFile file(qEnvironmentVariable("CINEREG_TEST_PG"));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("no cluster URL file");
        const QUrl url(QString::fromUtf8(file.readAll()).trimmed());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            return db.lastError().text();
    }
    QSqlQuery q(QSqlDatabase::database(name));
    return q.exec(sql) ? QString() : q.lastError().text();
}

// The server stops accepting connections to the register and ends those it had: what a
// workstation sees when the server goes away. Undone by serverBack().
void serverAway(const QString& address)
{
    const QString name = QUrl(address).path().mid(1);
    ASSERT_EQ(asAdmin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name)),
              QString());
    ASSERT_EQ(asAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                          .arg(name)),
              QString());
}

void serverBack(const QString& address)
{
    const QString name = QUrl(address).path().mid(1);
    ASSERT_EQ(asAdmin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)),
              QString());
}

// The window's first reads (the dashboard, the dossiers) done before the server goes away: in the
// program a failing read is caught by GuardedApplication, here it would end the test.
void settle(ui::MainWindow& window)
{
    window.show();
    QTest::qWait(300);
    ASSERT_TRUE(waitFor([&] { return !window.dashboard()->loading(); }));
    QTest::qWait(100);
}

// This branch's new strings are in translations/pending/pgwindow.tsv until the coordinator moves
// them into translations/*.ts: the screenshots show them translated from there meanwhile.
class PendingTranslator : public QTranslator
{
public:
    explicit PendingTranslator(const QString& language)
    {
        QFile file(QStringLiteral(CINEREG_SOURCE_DIR "/translations/pending/pgwindow.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        const int column = language == QLatin1String("ar") ? 3 : 2;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.size() == 4)
                m_texts.insert({cells[0], cells[1]}, cells[column]);
        }
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        return m_texts.value({QString::fromUtf8(context), QString::fromUtf8(source)});
    }

private:
    QMap<std::pair<QString, QString>, QString> m_texts;
};

void shoot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QPixmap picture = widget->grab();
    EXPECT_FALSE(picture.isNull());
    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        picture.save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}

} // namespace

TEST(LiveServer, AChangeThroughOneWorkstationIsAnnouncedByTheOthersFeed)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    Register first(shared.address, shared.clock, QString());
    Register second(shared.address, shared.clock, QString());
    // A check of the connection once a minute: what arrives here can only come from NOTIFY.
    second.changes().watchOtherConnections(60000);
    QSignalSpy heard(&second.changes(), &ChangeFeed::changed);

    const auto added = first.companies().add(test::sampleCompany(1));
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(waitFor([&] { return heard.count() > 0; }));
    EXPECT_EQ(heard.count(), 1);
    EXPECT_GT(heard.last().at(1).toLongLong(), heard.last().at(0).toLongLong());
    EXPECT_EQ(companyCount(second), 1);
}

TEST(LiveServer, ACommandLineWriteIsAnnouncedByAWindowsFeed)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    Register window(shared.address, shared.clock, QString());
    window.changes().watchOtherConnections(60000);
    QSignalSpy heard(&window.changes(), &ChangeFeed::changed);

    const Company c = test::sampleCompany(2);
    QProcess cli;
    QTemporaryDir data;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(CINEREG_CLI_PATH),
              {QStringLiteral("--db"),       shared.address,
               QStringLiteral("company"),    QStringLiteral("add"),
               QStringLiteral("--name"),     c.name,
               QStringLiteral("--form"),     c.legalForm,
               QStringLiteral("--rc"),       c.rcNumber,
               QStringLiteral("--rc-court"), c.rcCourt,
               QStringLiteral("--ice"),      c.ice,
               QStringLiteral("--capital"),  QStringLiteral("1000000"),
               QStringLiteral("--address"),  c.address,
               QStringLiteral("--city"),     c.city});
    // The feed is heard while the other process runs: the loop keeps turning.
    ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    ASSERT_TRUE(waitFor([&] { return heard.count() > 0; }));
    EXPECT_EQ(companyCount(window), 1);
}

TEST(LiveServer, ALostServerIsNoticedAWriteMeanwhileIsRefusedAndTheFeedComesBack)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    Register other(shared.address, shared.clock, QString());
    Register reg(shared.address, shared.clock, QString());
    reg.changes().watchOtherConnections(100);
    QSignalSpy lost(&reg.changes(), &ChangeFeed::connectionLost);
    QSignalSpy restored(&reg.changes(), &ChangeFeed::connectionRestored);
    QSignalSpy heard(&reg.changes(), &ChangeFeed::changed);

    serverAway(shared.address);
    EXPECT_THROW(reg.companies().add(test::sampleCompany(3)), StorageError);
    ASSERT_TRUE(waitFor([&] { return lost.count() > 0; }));
    EXPECT_FALSE(reg.changes().isConnected());
    QTest::qWait(500); // several attempts to reconnect, all refused
    EXPECT_EQ(restored.count(), 0);

    serverBack(shared.address);
    ASSERT_TRUE(waitFor([&] { return restored.count() > 0; }));
    EXPECT_TRUE(reg.changes().isConnected());
    EXPECT_EQ(companyCount(reg), 0) << "the refused write wrote nothing";
    ASSERT_TRUE(reg.companies().add(test::sampleCompany(3)).ok());

    // Subscribed again: another workstation's change is heard.
    Register again(shared.address, shared.clock, QString());
    heard.clear();
    ASSERT_TRUE(again.companies().add(test::sampleCompany(4)).ok());
    ASSERT_TRUE(waitFor([&] {
        for (const auto& args : heard)
            if (args.at(1).toLongLong() > args.at(0).toLongLong())
                return companyCount(reg) == 2;
        return false;
    }));
}

TEST(LiveServerWindow, TheBannerSaysTheServerIsAwayAndGoesWhenItIsBack)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    auto reg = std::make_unique<Register>(shared.address, shared.clock, QString());
    ui::MainWindow window(*reg);
    settle(window);
    EXPECT_FALSE(window.showsServerLost());

    ui::NewCompanyDialog dialog(*reg);
    const Company typed = test::sampleCompany(5);
    dialog.form()->setCompany(typed);
    ASSERT_TRUE(dialog.form()->isValid());

    serverAway(shared.address);
    ASSERT_TRUE(waitFor([&] { return window.showsServerLost(); }));
    EXPECT_TRUE(window.storageFailureBar()->isVisible());
    EXPECT_TRUE(window.storageFailureBar()->message().contains(QStringLiteral("cannot be reached")))
        << window.storageFailureBar()->message().toStdString();
    // Retry while it is still away: the banner stays.
    window.storageFailureBar()->retryButton()->click();
    EXPECT_TRUE(window.showsServerLost());
    EXPECT_TRUE(window.storageFailureBar()->isVisible());

    // The company the clerk was typing when the server went away is refused in its dialog,
    // which keeps what was typed.
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.storageFailure().isEmpty());
    EXPECT_EQ(dialog.form()->company().name, typed.name);
    EXPECT_EQ(dialog.form()->company().ice, typed.ice);

    serverBack(shared.address);
    ASSERT_TRUE(waitFor([&] { return !window.showsServerLost(); }));
    EXPECT_FALSE(window.storageFailureBar()->isVisible());
    dialog.findChild<ui::StorageFailureBar*>()->retryButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(companyCount(*reg), 1);
}

TEST(LiveServerWindow, ConnectingOpensTheServerRegisterAndTheTitleNamesIt)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    QSettings().remove(QStringLiteral("recentServers"));
    QTemporaryDir dir;
    FixedClock clock(QDate(2026, 11, 26));
    ui::RegisterSession session(clock, QStringLiteral("clerk"));
    QStringList errors;
    session.setErrorDisplay([&](const QString& message) { errors.append(message); });
    ASSERT_TRUE(session.open(dir.filePath(QStringLiteral("office.cinereg"))));
    EXPECT_TRUE(session.window()->windowTitle().contains(dir.filePath(QStringLiteral("office"))));

    ui::ConnectDialog dialog;
    dialog.setAddress(shared.address);
    const QUrl url(shared.address);
    EXPECT_EQ(dialog.hostEdit()->text(), url.host());
    EXPECT_EQ(dialog.portEdit()->value(), url.port());
    EXPECT_EQ(dialog.address(), shared.address);
    ASSERT_TRUE(session.open(dialog.address())) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(session.currentRegister()->isOnServer());
    const QString name =
        QStringLiteral("%1@%2/%3").arg(url.userName(), url.host(), url.path().mid(1));
    EXPECT_TRUE(session.window()->windowTitle().contains(name))
        << session.window()->windowTitle().toStdString();
    EXPECT_EQ(ui::ConnectDialog::recentServers().value(0), shared.address);
    EXPECT_TRUE(errors.isEmpty());
}

TEST(LiveServerWindow, AFailedConnectionSaysWhyAndKeepsTheOpenRegister)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    QTemporaryDir dir;
    FixedClock clock(QDate(2026, 11, 26));
    ui::RegisterSession session(clock, QStringLiteral("clerk"));
    QStringList errors;
    session.setErrorDisplay([&](const QString& message) { errors.append(message); });
    ASSERT_TRUE(session.open(dir.filePath(QStringLiteral("office.cinereg"))));
    Register* open = session.currentRegister();
    ui::MainWindow* window = session.window();

    // Nobody listens on that port.
    const QUrl url(shared.address);
    EXPECT_FALSE(session.open(
        QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(url.userName(), url.path().mid(1))));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.last().contains(QStringLiteral("cannot be reached")))
        << errors.last().toStdString();
    EXPECT_TRUE(errors.last().contains(QStringLiteral("stays open")));
    EXPECT_EQ(session.currentRegister(), open);
    EXPECT_EQ(session.window(), window);

    // A database holding something else: not a register.
    const QString foreign = test::TestServer::freshRegister(QString());
    ASSERT_EQ(test::TestServer::asSuperuser(foreign, QStringLiteral("DROP TABLE schema_version")),
              QString());
    EXPECT_FALSE(session.open(foreign));
    ASSERT_EQ(errors.size(), 2);
    EXPECT_TRUE(errors.last().contains(QStringLiteral("not a cinereg register")))
        << errors.last().toStdString();
    EXPECT_EQ(session.currentRegister(), open);
    test::TestServer::drop(foreign);
}

TEST(LiveServerWindow, ScreenshotsOfTheConnectDialogAndTheBanner)
{
    REQUIRE_SERVER();
    SharedServerRegister shared;
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        PendingTranslator pending(lang);
        QCoreApplication::installTranslator(&pending);
        ui::ConnectDialog dialog;
        dialog.setAddress(QStringLiteral("postgresql://amina@registre.ccm.local:5432/cinereg"));
        dialog.show();
        shoot(&dialog, QStringLiteral("connect-%1").arg(lang));

        auto reg = std::make_unique<Register>(shared.address, shared.clock, QString());
        ui::MainWindow window(*reg);
        window.resize(1400, 820);
        settle(window);
        serverAway(shared.address);
        ASSERT_TRUE(waitFor([&] { return window.showsServerLost(); }));
        shoot(&window, QStringLiteral("server-lost-%1").arg(lang));
        serverBack(shared.address);
        ASSERT_TRUE(waitFor([&] { return !window.showsServerLost(); }));
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}
