// Accounts, roles and four eyes through the real cinereg-cli: sign-in (--user with
// CINEREG_PASSWORD), the role x command table, a clerk's proposal approved by an approver,
// and `check` naming an edit made with sqlite3.
#include "CliRunner.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace cinereg;
using namespace cinereg::test;

namespace {

QString passwordOf(const QString& login)
{
    return QStringLiteral("pw-%1-2026").arg(login);
}

QHash<QString, QString> signedAs(const QString& login)
{
    return {{QStringLiteral("CINEREG_PASSWORD"), passwordOf(login)}};
}

QString companyArgs(int n, QStringList& out)
{
    const Company c = sampleCompany(n);
    out = QStringList{QStringLiteral("company"),    QStringLiteral("add"),
                      QStringLiteral("--name"),     c.name,
                      QStringLiteral("--form"),     c.legalForm,
                      QStringLiteral("--rc"),       c.rcNumber,
                      QStringLiteral("--rc-court"), c.rcCourt,
                      QStringLiteral("--ice"),      c.ice,
                      QStringLiteral("--capital"),  QString::number(c.capital.value_or(0)),
                      QStringLiteral("--address"),  c.address,
                      QStringLiteral("--city"),     c.city};
    return c.ice;
}

// A register with two companies, an authorization and a national accreditation (granted in
// single-user mode), a dossier, then the accounts admin, clerk1, clerk2, appr1, appr2, audit1.
class CliAccounts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        company = QString::number(cli.addCompany(1));
        other = QString::number(cli.addCompany(2));
        authorization = QString::number(
            cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"), company,
                       QStringLiteral("--decision"), QStringLiteral("AUT-1"),
                       QStringLiteral("--from"), iso(-100)}));
        national = QString::number(cli.grant(
            {QStringLiteral("accreditation"), QStringLiteral("grant"), company,
             QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
             QStringLiteral("AGN-1"), QStringLiteral("--from"), iso(-30)}));
        CliResult r =
            cli.run({QStringLiteral("--json"), QStringLiteral("application"),
                     QStringLiteral("file"), other, QStringLiteral("--for"),
                     QStringLiteral("authorization"), QStringLiteral("--received"), iso(-3)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        dossier = QString::number(r.json().object().value(QStringLiteral("id")).toInteger());

        // The first account, by anyone (no --user needed): an admin.
        r = cli.runAs(
            QString(),
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--name"),
             QStringLiteral("Amina Alaoui")},
            {{QStringLiteral("CINEREG_NEW_PASSWORD"), passwordOf(QStringLiteral("admin"))}});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const auto& [login, role] :
             {std::pair{QStringLiteral("clerk1"), QStringLiteral("clerk")},
              std::pair{QStringLiteral("clerk2"), QStringLiteral("clerk")},
              std::pair{QStringLiteral("appr1"), QStringLiteral("approver")},
              std::pair{QStringLiteral("appr2"), QStringLiteral("approver")},
              std::pair{QStringLiteral("audit1"), QStringLiteral("auditor")}}) {
            QHash<QString, QString> env = signedAs(QStringLiteral("admin"));
            env.insert(QStringLiteral("CINEREG_NEW_PASSWORD"), passwordOf(login));
            r = cli.runAs(QStringLiteral("admin"),
                          {QStringLiteral("user"), QStringLiteral("add"), login,
                           QStringLiteral("--role"), role},
                          env);
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
        // The CCM's signing key, an admin's setting: certificates can then be issued.
        r = as(QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("create")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    CliResult as(const QString& login, const QStringList& args,
                 QHash<QString, QString> env = {}) const
    {
        env.insert(QStringLiteral("CINEREG_PASSWORD"), passwordOf(login));
        return cli.runAs(login, args, env);
    }

    // The audit trail's length, read straight from the store (every write adds an entry).
    int auditSize() const
    {
        if (TestServer::active())
            return int(TestServer::countAsSuperuser(cli.dbPath(),
                                                    QStringLiteral("SELECT count(*) FROM audit")));
        const QString name = QUuid::createUuid().toString();
        int size = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(cli.dbPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next())
                size = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(name);
        return size;
    }

    qint64 propose(const QString& clerk, const QStringList& command) const
    {
        const CliResult r = as(clerk, QStringList{QStringLiteral("--json")} + command);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json().object().value(QStringLiteral("status")).toString(),
                  QStringLiteral("proposed"));
        return r.json().object().value(QStringLiteral("proposal")).toInteger();
    }

    CliRunner cli;
    QString company, other, authorization, national, dossier;
};

} // namespace

TEST_F(CliAccounts, SignInRefusesMissingUnknownDisabledAndWrongPasswordWritingNothing)
{
    const int before = auditSize();
    const QStringList write{QStringLiteral("company"), QStringLiteral("edit"), company,
                            QStringLiteral("--city"), QStringLiteral("Rabat")};
    CliResult r = cli.runAs(QString(), write);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--user"))) << r.err.toStdString();
    r = cli.runAs(QStringLiteral("nobody"), write, signedAs(QStringLiteral("nobody")));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("sign-in-refused"))) << r.err.toStdString();
    r = cli.runAs(QStringLiteral("clerk1"), write, signedAs(QStringLiteral("clerk2")));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("sign-in-refused"))) << r.err.toStdString();
    // No password and no terminal: refused, never waits.
    r = cli.runAs(QStringLiteral("clerk1"), write);
    EXPECT_EQ(r.exitCode, 1);
    r = as(QStringLiteral("admin"),
           {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("clerk2")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int afterDisable = auditSize();
    EXPECT_EQ(afterDisable, before + 1);
    r = as(QStringLiteral("clerk2"), write);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("account-disabled"))) << r.err.toStdString();
    EXPECT_EQ(auditSize(), afterDisable);
    // The right account with its password works.
    r = as(QStringLiteral("clerk1"), write);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(CliAccounts, RoleByCommandTable)
{
    const QString out = cli.tempPath(QStringLiteral("out"));
    QStringList newCompany;
    int n = 10;
    const auto fresh = [&]() {
        companyArgs(++n, newCompany);
        return newCompany;
    };
    // A clerk's proposals for the approver's approve and reject rows.
    const qint64 toApprove =
        propose(QStringLiteral("clerk1"),
                {QStringLiteral("accreditation"), QStringLiteral("suspend"), national,
                 QStringLiteral("--reason"), QStringLiteral("Unpaid CNSS")});
    const qint64 toReject = propose(QStringLiteral("clerk1"),
                                    {QStringLiteral("authorization"), QStringLiteral("grant"),
                                     other, QStringLiteral("--decision"), QStringLiteral("AUT-2"),
                                     QStringLiteral("--from"), iso(0)});

    const QString C = QStringLiteral("clerk"), P = QStringLiteral("approver"),
                  A = QStringLiteral("auditor"), D = QStringLiteral("admin");
    const QStringList all{C, P, A, D};
    struct Row
    {
        std::function<QStringList()> args;
        QStringList allowed;
        QString needed; // the role a refusal names
    };
    const QVector<Row> table{
        {[&] { return fresh(); }, {C, P}, C},
        {[&] {
             return QStringList{QStringLiteral("company"), QStringLiteral("edit"), company,
                                QStringLiteral("--city"), QStringLiteral("Rabat")};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("company"), QStringLiteral("show"), company};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("company"), QStringLiteral("list")};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("authorization"),
                                QStringLiteral("grant"),
                                other,
                                QStringLiteral("--decision"),
                                QStringLiteral("AUT-X"),
                                QStringLiteral("--from"),
                                iso(1)};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("accreditation"),
                                QStringLiteral("renew"),
                                national,
                                QStringLiteral("--decision"),
                                QStringLiteral("R"),
                                QStringLiteral("--until"),
                                iso(2000)};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("authorization"), QStringLiteral("suspend"),
                                authorization, QStringLiteral("--reason"), QStringLiteral("x")};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("authorization"), QStringLiteral("revoke"),
                                authorization, QStringLiteral("--reason"), QStringLiteral("x")};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("application"),
                                QStringLiteral("file"),
                                company,
                                QStringLiteral("--for"),
                                QStringLiteral("international"),
                                QStringLiteral("--received"),
                                iso(0)};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("application"),
                                QStringLiteral("decide"),
                                dossier,
                                QStringLiteral("--refuse"),
                                QStringLiteral("--decision"),
                                QStringLiteral("REF-1"),
                                QStringLiteral("--reason"),
                                QStringLiteral("Incomplete")};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("application"), QStringLiteral("list")};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("production"), QStringLiteral("add"),
                                QStringLiteral("--title"),    QStringLiteral("Film"),
                                QStringLiteral("--kind"),     QStringLiteral("national"),
                                QStringLiteral("--executor"), company,
                                QStringLiteral("--from"),     iso(1),
                                QStringLiteral("--to"),       iso(5)};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("production"), QStringLiteral("list")};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("eligible"),
                                QStringLiteral("--kind"),
                                QStringLiteral("national"),
                                QStringLiteral("--from"),
                                iso(1),
                                QStringLiteral("--to"),
                                iso(2)};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), national,
                                QStringLiteral("--out"), out + QStringLiteral(".pdf")};
         },
         {C, P},
         C},
        {[&] {
             return QStringList{QStringLiteral("export"), QStringLiteral("companies"),
                                out + QStringLiteral(".csv")};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("import"), QStringLiteral("companies"),
                                out + QStringLiteral(".csv"), QStringLiteral("--dry-run")};
         },
         {D},
         D},
        {[&] { return QStringList{QStringLiteral("stats")}; }, all, {}},
        {[&] {
             return QStringList{QStringLiteral("user"), QStringLiteral("list")};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("user"), QStringLiteral("role"),
                                QStringLiteral("clerk2"), QStringLiteral("--role"),
                                QStringLiteral("clerk")};
         },
         {D},
         D},
        {[&] {
             return QStringList{QStringLiteral("user"), QStringLiteral("enable"),
                                QStringLiteral("clerk2")};
         },
         {D},
         D},
        {[&] {
             return QStringList{QStringLiteral("user"), QStringLiteral("password"),
                                QStringLiteral("clerk1")};
         },
         {D},
         D},
        {[&] {
             return QStringList{QStringLiteral("decision"), QStringLiteral("list")};
         },
         all,
         {}},
        {[&] {
             return QStringList{QStringLiteral("decision"), QStringLiteral("approve"),
                                QString::number(toApprove)};
         },
         {P},
         P},
        {[&] {
             return QStringList{QStringLiteral("decision"), QStringLiteral("reject"),
                                QString::number(toReject), QStringLiteral("--reason"),
                                QStringLiteral("No")};
         },
         {P},
         P},
        {[&] {
             return QStringList{QStringLiteral("backup"), out + QStringLiteral(".bak")};
         },
         {D},
         D},
        {[&] {
             return QStringList{QStringLiteral("key"), QStringLiteral("create")};
         },
         {D},
         D},
        {[&] { return QStringList{QStringLiteral("check")}; }, all, {}},
        {[&] {
             return QStringList{QStringLiteral("audit"), QStringLiteral("list")};
         },
         all,
         {}},
    };
    const QHash<QString, QString> loginOf{{C, QStringLiteral("clerk2")},
                                          {P, QStringLiteral("appr1")},
                                          {A, QStringLiteral("audit1")},
                                          {D, QStringLiteral("admin")}};
    // The approver last, so that its approve and reject find the proposals still pending.
    for (const QString& role : {C, A, D, P}) {
        for (const Row& row : table) {
            const QStringList args = row.args();
            const QString what = role + QStringLiteral(": ") + args.join(QLatin1Char(' '));
            const int before = row.allowed.contains(role) ? 0 : auditSize();
            const CliResult r = as(
                loginOf.value(role), args,
                {{QStringLiteral("CINEREG_NEW_PASSWORD"), passwordOf(QStringLiteral("clerk1"))}});
            if (row.allowed.contains(role)) {
                EXPECT_FALSE(r.err.contains(QStringLiteral("outside-role")))
                    << what.toStdString() << "\n"
                    << r.err.toStdString();
            } else {
                EXPECT_EQ(r.exitCode, 1) << what.toStdString();
                EXPECT_TRUE(r.err.contains(QStringLiteral("outside-role")))
                    << what.toStdString() << "\n"
                    << r.err.toStdString();
                EXPECT_TRUE(r.err.contains(QStringLiteral("the %1 role").arg(row.needed)))
                    << what.toStdString() << "\n"
                    << r.err.toStdString();
                EXPECT_TRUE(r.out.isEmpty()) << what.toStdString();
                EXPECT_EQ(auditSize(), before) << what.toStdString();
            }
        }
    }
}

TEST_F(CliAccounts, AClerksAccreditationTakesEffectOnlyWhenAnotherApproverApproves)
{
    // A company registered by clerk1, its authorization proposed by clerk1, approved by appr1.
    QStringList add;
    companyArgs(4, add);
    CliResult r = as(QStringLiteral("clerk1"), QStringList{QStringLiteral("--json")} + add);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString id = QString::number(r.json().object().value(QStringLiteral("id")).toInteger());
    const qint64 authProposal = propose(QStringLiteral("clerk1"),
                                        {QStringLiteral("authorization"), QStringLiteral("grant"),
                                         id, QStringLiteral("--decision"), QStringLiteral("AUT-4"),
                                         QStringLiteral("--from"), iso(-10)});
    r = as(QStringLiteral("appr1"), {QStringLiteral("--json"), QStringLiteral("decision"),
                                     QStringLiteral("approve"), QString::number(authProposal)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.json().object().value(QStringLiteral("number")).toString().isEmpty());

    const qint64 proposal =
        propose(QStringLiteral("clerk1"),
                {QStringLiteral("accreditation"), QStringLiteral("grant"), id,
                 QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
                 QStringLiteral("AGN-4"), QStringLiteral("--from"), iso(-1)});
    // Not in force: the company shows no accreditation.
    r = as(QStringLiteral("clerk1"),
           {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("show"), id});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().object().value(QStringLiteral("accreditations")).toArray().isEmpty());
    r = as(QStringLiteral("audit1"), {QStringLiteral("--json"), QStringLiteral("decision"),
                                      QStringLiteral("list"), QStringLiteral("--pending")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(r.json().array().size(), 1);
    EXPECT_EQ(r.json().array().at(0).toObject().value(QStringLiteral("proposed_by")).toString(),
              QStringLiteral("clerk1"));

    // The clerk cannot approve; an approver cannot approve their own proposal.
    r = as(QStringLiteral("clerk1"),
           {QStringLiteral("decision"), QStringLiteral("approve"), QString::number(proposal)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("approver"))) << r.err.toStdString();
    r = as(QStringLiteral("appr2"),
           {QStringLiteral("--json"), QStringLiteral("accreditation"), QStringLiteral("grant"), id,
            QStringLiteral("--tier"), QStringLiteral("international"), QStringLiteral("--decision"),
            QStringLiteral("AGI-4"), QStringLiteral("--from"), iso(-1)});
    const qint64 appr2Proposal = r.json().object().value(QStringLiteral("proposal")).toInteger();
    r = as(QStringLiteral("appr2"),
           {QStringLiteral("decision"), QStringLiteral("approve"), QString::number(appr2Proposal)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("self-approval"))) << r.err.toStdString();

    r = as(QStringLiteral("appr2"), {QStringLiteral("--json"), QStringLiteral("decision"),
                                     QStringLiteral("approve"), QString::number(proposal)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString accreditation =
        QString::number(r.json().object().value(QStringLiteral("id")).toInteger());
    r = as(QStringLiteral("audit1"),
           {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("show"), id});
    const QJsonArray accreditations =
        r.json().object().value(QStringLiteral("accreditations")).toArray();
    ASSERT_EQ(accreditations.size(), 1);
    const QJsonObject grant =
        accreditations.at(0).toObject().value(QStringLiteral("history")).toArray().at(0).toObject();
    EXPECT_EQ(grant.value(QStringLiteral("proposed_by")).toString(), QStringLiteral("clerk1"));
    EXPECT_EQ(grant.value(QStringLiteral("approved_by")).toString(), QStringLiteral("appr2"));
    r = as(QStringLiteral("clerk1"),
           {QStringLiteral("certificate"), QStringLiteral("issue"), accreditation,
            QStringLiteral("--out"), cli.tempPath(QStringLiteral("cert.pdf"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = as(QStringLiteral("audit1"), {QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

TEST_F(CliAccounts, CheckNamesARoleRaisedWithSqlite3)
{
    const QString raise =
        QStringLiteral("UPDATE accounts SET role = 'admin' WHERE login = 'audit1';");
    if (TestServer::active()) { // psql as the server's superuser
        ASSERT_EQ(TestServer::asSuperuser(cli.dbPath(), raise), QString());
    } else {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {cli.dbPath(), raise});
        ASSERT_TRUE(sqlite.waitForFinished(30000));
        ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    }
    const CliResult r = as(QStringLiteral("audit1"), {QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Account audit1 has the role admin in the table "
                                              "but auditor")))
        << r.out.toStdString();
}
