// Accounts, roles and four eyes in core: single-user mode, authentication, the role table, the
// proposal flows, the store's own defences and `check` naming raw SQL edits.
#include "accounts/AccountService.h"
#include "accounts/DecisionService.h"
#include "certificates/CertificateService.h"
#include "JsonExport.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace cinereg;
using namespace cinereg::test;

namespace {

GrantRules::GrantRequest grantOf(RightKind kind, QDate from)
{
    return {kind,
            QStringLiteral("DEC/%1").arg(from.toString(Qt::ISODate)),
            {},
            from,
            ValidityEnd::defaultTerm()};
}

QString passwordOf(const QString& login)
{
    return QStringLiteral("pass-of-%1!").arg(login);
}

// A register with a company holding an authorization (granted in single-user mode), then the
// accounts: admin, clerk1, clerk2, appr1, appr2, audit1.
class FourEyes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        company = t.reg().companies().add(sampleCompany(1)).value();
        authorization = t.reg()
                            .rights()
                            .grant(company, grantOf(RightKind::Authorization, QDate(2026, 1, 5)))
                            .value()
                            .id;
        ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("admin"), Role::Admin,
                                           QStringLiteral("Amina Alaoui"),
                                           passwordOf(QStringLiteral("admin"))));
        as(QStringLiteral("admin"));
        for (const auto& [login, role] : {std::pair{QStringLiteral("clerk1"), Role::Clerk},
                                          std::pair{QStringLiteral("clerk2"), Role::Clerk},
                                          std::pair{QStringLiteral("appr1"), Role::Approver},
                                          std::pair{QStringLiteral("appr2"), Role::Approver},
                                          std::pair{QStringLiteral("audit1"), Role::Auditor}})
            ASSERT_TRUE(t.reg().accounts().add(login, role, login, passwordOf(login)))
                << login.toStdString();
    }

    void as(const QString& login)
    {
        const Outcome<Account> signedIn = t.reg().signIn(login, passwordOf(login));
        ASSERT_TRUE(signedIn) << signedIn.refusal().message.toStdString();
    }

    int auditSize() { return int(t.reg().integrity().auditTrail().size()); }

    // A raw SQL statement on the file, as sqlite3 would run it (another connection).
    void raw(const QStringList& statements)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(t.path());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            for (const QString& sql : statements)
                ASSERT_TRUE(q.exec(sql))
                    << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QString rawError(const QString& statement)
    {
        const QString name = QUuid::createUuid().toString();
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(t.path());
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    bool found(const QString& fragment)
    {
        const QStringList all = t.reg().integrity().findings();
        for (const QString& f : all)
            if (f.contains(fragment))
                return true;
        ADD_FAILURE() << "no finding with \"" << fragment.toStdString() << "\" among:\n"
                      << all.join(QLatin1Char('\n')).toStdString();
        return false;
    }

    qint64 proposeNational(const QString& clerk)
    {
        as(clerk);
        const Outcome<Submission> s =
            t.reg().decisions().grant(company, grantOf(RightKind::National, QDate(2026, 3, 2)));
        EXPECT_TRUE(s) << (s ? "" : s.refusal().message.toStdString());
        EXPECT_TRUE(s && s.value().proposed());
        return s ? s.value().proposal : 0;
    }

    TempRegister t{QDate(2026, 3, 2), QStringLiteral("single-user clerk")};
    qint64 company = 0;
    qint64 authorization = 0;
};

} // namespace

TEST(Accounts, SingleUserModeDecidesAtOnceAsBefore)
{
    TempRegister t;
    EXPECT_FALSE(t.reg().hasAccounts());
    EXPECT_FALSE(t.reg().require(Action::ManageAccounts));
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const Outcome<Submission> s =
        t.reg().decisions().grant(company, grantOf(RightKind::Authorization, QDate(2026, 1, 5)));
    ASSERT_TRUE(s);
    EXPECT_FALSE(s.value().proposed());
    EXPECT_GT(s.value().granted.id, 0);
    EXPECT_EQ(t.reg().user(), QStringLiteral("clerk"));
    EXPECT_EQ(t.reg().decisions().pendingCount(), 0);
}

TEST(Accounts, TheFirstAccountIsAnAdminAndEndsSingleUserMode)
{
    TempRegister t;
    const Outcome<Account> clerk = t.reg().accounts().add(
        QStringLiteral("clerk1"), Role::Clerk, QString(), passwordOf(QStringLiteral("clerk1")));
    ASSERT_FALSE(clerk);
    EXPECT_EQ(clerk.refusal().rule, Rule::FirstAccountAdmin);
    EXPECT_FALSE(t.reg().hasAccounts());

    ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("admin"), Role::Admin, QString(),
                                       passwordOf(QStringLiteral("admin"))));
    EXPECT_TRUE(t.reg().hasAccounts());
    // Nobody signed in: every write is refused, nothing written.
    const Outcome<qint64> company = t.reg().companies().add(sampleCompany(1));
    ASSERT_FALSE(company);
    EXPECT_EQ(company.refusal().rule, Rule::SignInRequired);
    // The store refuses a first account that is not an admin too, and any deletion.
    t.reopen();
    EXPECT_TRUE(t.reg().hasAccounts());
}

TEST_F(FourEyes, SignInRefusesUnknownDisabledAndWrongPassword)
{
    t.reg().signOut();
    Outcome<Account> r = t.reg().signIn(QStringLiteral("nobody"), QStringLiteral("whatever1"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().rule, Rule::SignInRefused);
    r = t.reg().signIn(QStringLiteral("clerk1"), QStringLiteral("wrong-password"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().rule, Rule::SignInRefused);
    EXPECT_FALSE(t.reg().account());

    as(QStringLiteral("admin"));
    ASSERT_TRUE(t.reg().accounts().disable(QStringLiteral("clerk2")));
    r = t.reg().signIn(QStringLiteral("clerk2"), passwordOf(QStringLiteral("clerk2")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.refusal().rule, Rule::AccountDisabled);

    as(QStringLiteral("clerk1"));
    EXPECT_EQ(t.reg().user(), QStringLiteral("clerk1"));
    EXPECT_EQ(t.reg().account()->role, Role::Clerk);
}

TEST_F(FourEyes, EachRoleIsRefusedOutsideItsRoleNamingTheRoleNeeded)
{
    struct Case
    {
        const char* login;
        Action action;
        bool allowed;
        const char* needed;
    };
    const Case cases[] = {
        {"clerk1", Action::EditCompanies, true, ""},
        {"clerk1", Action::ProposeDecision, true, ""},
        {"clerk1", Action::ApproveDecision, false, "approver"},
        {"clerk1", Action::ManageAccounts, false, "admin"},
        {"clerk1", Action::Backup, false, "admin"},
        {"appr1", Action::ApproveDecision, true, ""},
        {"appr1", Action::IssueCertificates, true, ""},
        {"audit1", Action::Read, true, ""},
        {"audit1", Action::Check, true, ""},
        {"audit1", Action::EditCompanies, false, "clerk"},
        {"audit1", Action::ProposeDecision, false, "clerk"},
        {"audit1", Action::Import, false, "admin"},
        {"admin", Action::ManageAccounts, true, ""},
        {"admin", Action::ChangeSettings, true, ""},
        {"admin", Action::ProposeDecision, false, "clerk"},
        {"admin", Action::ApproveDecision, false, "approver"},
        {"admin", Action::IssueCertificates, false, "clerk"},
    };
    for (const Case& c : cases) {
        as(QString::fromLatin1(c.login));
        const std::optional<Refusal> refusal = t.reg().require(c.action);
        EXPECT_EQ(!refusal, c.allowed) << c.login << " " << int(c.action);
        if (refusal) {
            EXPECT_EQ(refusal->rule, Rule::OutsideRole);
            EXPECT_TRUE(refusal->message.contains(QString::fromLatin1(c.needed)))
                << refusal->message.toStdString();
        }
    }

    // Through the services: refused, nothing written.
    const int before = auditSize();
    as(QStringLiteral("audit1"));
    const Outcome<qint64> added = t.reg().companies().add(sampleCompany(2));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.refusal().rule, Rule::OutsideRole);
    EXPECT_TRUE(added.refusal().message.contains(QStringLiteral("clerk")));
    as(QStringLiteral("admin"));
    const Outcome<Submission> decided =
        t.reg().decisions().grant(company, grantOf(RightKind::National, QDate(2026, 3, 2)));
    ASSERT_FALSE(decided);
    EXPECT_EQ(decided.refusal().rule, Rule::OutsideRole);
    as(QStringLiteral("clerk1"));
    const Outcome<Account> account = t.reg().accounts().add(
        QStringLiteral("intruder"), Role::Admin, QString(), passwordOf(QStringLiteral("x")));
    ASSERT_FALSE(account);
    EXPECT_TRUE(account.refusal().message.contains(QStringLiteral("admin")));
    EXPECT_FALSE(t.reg().saveSettings(t.reg().settings()));
    EXPECT_EQ(auditSize(), before);
    EXPECT_EQ(t.reg().companies().list({}).size(), 1);
}

TEST_F(FourEyes, ARoleChangedOrAnAccountDisabledCountsAtOnce)
{
    as(QStringLiteral("clerk1"));
    EXPECT_FALSE(t.reg().require(Action::EditCompanies));
    {
        TempRegister* same = &t;
        Register other(same->path(), same->clock(), QString());
        ASSERT_TRUE(other.signIn(QStringLiteral("admin"), passwordOf(QStringLiteral("admin"))));
        ASSERT_TRUE(other.accounts().setRole(QStringLiteral("clerk1"), Role::Auditor));
    }
    const std::optional<Refusal> refusal = t.reg().require(Action::EditCompanies);
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->rule, Rule::OutsideRole);
}

TEST_F(FourEyes, AClerksDecisionIsAProposalThatAnotherApproverApproves)
{
    const int rightsBefore = t.reg().rights().ofCompany(company).accreditations.size();
    const qint64 proposal = proposeNational(QStringLiteral("clerk1"));
    ASSERT_GT(proposal, 0);
    // Not in force: no accreditation exists, so no certificate can be issued for it.
    EXPECT_EQ(t.reg().rights().ofCompany(company).accreditations.size(), rightsBefore);
    EXPECT_EQ(t.reg().decisions().pendingCount(), 1);
    // A direct write of the decision is refused once accounts exist.
    const Outcome<Granted> direct =
        t.reg().rights().grant(company, grantOf(RightKind::National, QDate(2026, 3, 2)));
    ASSERT_FALSE(direct);
    EXPECT_EQ(direct.refusal().rule, Rule::FourEyes);
    // The clerk cannot approve at all; the approver who proposed cannot approve their own.
    const Outcome<Submission> byClerk = t.reg().decisions().approve(proposal);
    ASSERT_FALSE(byClerk);
    EXPECT_EQ(byClerk.refusal().rule, Rule::OutsideRole);
    EXPECT_TRUE(byClerk.refusal().message.contains(QStringLiteral("approver")));

    as(QStringLiteral("appr2"));
    EXPECT_TRUE(t.reg().decisions().wouldApprove(proposal));
    const Outcome<Submission> approved = t.reg().decisions().approve(proposal);
    ASSERT_TRUE(approved) << approved.refusal().message.toStdString();
    EXPECT_FALSE(approved.value().proposed());
    const qint64 accreditation = approved.value().granted.id;
    ASSERT_GT(accreditation, 0);
    const Right right = *t.reg().rights().find(accreditation);
    EXPECT_EQ(RightTimeline(right).statusOn(QDate(2026, 3, 2)), RightStatus::Active);
    EXPECT_EQ(right.grant().proposedBy, QStringLiteral("clerk1"));
    EXPECT_EQ(right.grant().approvedBy, QStringLiteral("appr2"));
    EXPECT_EQ(right.grant().proposalId, proposal);
    const QJsonObject json = JsonExport::decision(right.grant());
    EXPECT_EQ(json.value(QStringLiteral("proposed_by")).toString(), QStringLiteral("clerk1"));
    EXPECT_EQ(json.value(QStringLiteral("approved_by")).toString(), QStringLiteral("appr2"));
    EXPECT_EQ(t.reg().decisions().find(proposal)->status, ProposalStatus::Approved);
    EXPECT_EQ(t.reg().decisions().find(proposal)->resultId, accreditation);
    // Once approved, it is in force and may be certified.
    as(QStringLiteral("clerk1"));
    EXPECT_TRUE(CertificateService(t.reg()).wouldIssue(accreditation));
    // Approved once: never again.
    as(QStringLiteral("appr1"));
    const Outcome<Submission> again = t.reg().decisions().approve(proposal);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.refusal().rule, Rule::ProposalClosed);
    EXPECT_TRUE(t.reg().integrity().findings().isEmpty())
        << t.reg().integrity().findings().join(QLatin1Char('\n')).toStdString();
}

TEST_F(FourEyes, AnApproversOwnDecisionIsStillAProposalAndNeverSelfApproved)
{
    const qint64 proposal = proposeNational(QStringLiteral("appr1"));
    const int before = auditSize();
    const Outcome<Submission> own = t.reg().decisions().approve(proposal);
    ASSERT_FALSE(own);
    EXPECT_EQ(own.refusal().rule, Rule::SelfApproval);
    const Check ownReject = t.reg().decisions().reject(proposal, QStringLiteral("changed my mind"));
    ASSERT_FALSE(ownReject);
    EXPECT_EQ(ownReject.refusal().rule, Rule::SelfApproval);
    EXPECT_EQ(auditSize(), before);
    EXPECT_EQ(t.reg().decisions().find(proposal)->status, ProposalStatus::Pending);
}

TEST_F(FourEyes, ARejectionStatesItsReasonAndChangesNothingElse)
{
    const qint64 proposal = proposeNational(QStringLiteral("clerk1"));
    as(QStringLiteral("appr1"));
    const Check noReason = t.reg().decisions().reject(proposal, QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.refusal().rule, Rule::ReasonRequired);
    ASSERT_TRUE(t.reg().decisions().reject(proposal, QStringLiteral("Capital not proven")));
    const Proposal p = *t.reg().decisions().find(proposal);
    EXPECT_EQ(p.status, ProposalStatus::Rejected);
    EXPECT_EQ(p.decidedBy, QStringLiteral("appr1"));
    EXPECT_EQ(p.rejectionReason, QStringLiteral("Capital not proven"));
    EXPECT_TRUE(t.reg().rights().ofCompany(company).accreditations.isEmpty());
    as(QStringLiteral("appr2"));
    EXPECT_EQ(t.reg().decisions().approve(proposal).refusal().rule, Rule::ProposalClosed);
}

TEST_F(FourEyes, ApprovalIsRefusedWhenTheRulesNoLongerHoldOnApprovalDay)
{
    // Two clerks propose overlapping national accreditations: both pass the rules as of
    // today; once the first is approved, the second breaks rule 3 and stays pending.
    const qint64 first = proposeNational(QStringLiteral("clerk1"));
    const qint64 second = proposeNational(QStringLiteral("clerk2"));
    as(QStringLiteral("appr1"));
    ASSERT_TRUE(t.reg().decisions().approve(first));
    const int before = auditSize();
    const Check would = t.reg().decisions().wouldApprove(second);
    ASSERT_FALSE(would);
    EXPECT_EQ(would.refusal().rule, Rule::AccreditationOverlap);
    const Outcome<Submission> late = t.reg().decisions().approve(second);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.refusal().rule, Rule::AccreditationOverlap);
    EXPECT_EQ(t.reg().decisions().find(second)->status, ProposalStatus::Pending);
    EXPECT_EQ(auditSize(), before);

    // A suspension proposed, then the authorization revoked before approval: refused then.
    as(QStringLiteral("clerk1"));
    GrantRules::DecisionRequest suspend;
    suspend.type = DecisionType::Suspend;
    suspend.reason = QStringLiteral("Unpaid CNSS");
    const Outcome<Submission> s = t.reg().decisions().decide(authorization, suspend);
    ASSERT_TRUE(s && s.value().proposed());
    GrantRules::DecisionRequest revoke;
    revoke.type = DecisionType::Revoke;
    revoke.reason = QStringLiteral("Dissolved");
    const Outcome<Submission> r = t.reg().decisions().decide(authorization, revoke);
    ASSERT_TRUE(r && r.value().proposed());
    as(QStringLiteral("appr2"));
    ASSERT_TRUE(t.reg().decisions().approve(r.value().proposal));
    t.clock().setToday(QDate(2026, 3, 3));
    const Outcome<Submission> suspended = t.reg().decisions().approve(s.value().proposal);
    ASSERT_FALSE(suspended);
    EXPECT_EQ(suspended.refusal().rule, Rule::RevokedIsFinal);
}

TEST_F(FourEyes, TheStoreRefusesDeletionsSelfApprovalAndEditsOfDecidedProposals)
{
    const qint64 proposal = proposeNational(QStringLiteral("clerk1"));
    EXPECT_FALSE(rawError(QStringLiteral("DELETE FROM accounts WHERE login = 'clerk1'")).isEmpty());
    EXPECT_FALSE(rawError(QStringLiteral("UPDATE proposals SET status = 'approved', decided_by = "
                                         "'clerk1', decided_at = 'x' WHERE id = %1")
                              .arg(proposal))
                     .isEmpty());
    as(QStringLiteral("appr1"));
    ASSERT_TRUE(t.reg().decisions().reject(proposal, QStringLiteral("No")));
    EXPECT_FALSE(
        rawError(QStringLiteral("UPDATE proposals SET reason = 'Yes' WHERE id = %1").arg(proposal))
            .isEmpty());
    EXPECT_FALSE(rawError(QStringLiteral("DELETE FROM proposals")).isEmpty());
    // A decision slipped into the history without a pending proposal by another account.
    EXPECT_FALSE(rawError(QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, "
                                         "reference, decision_date, reason, entered_by, "
                                         "entered_at) VALUES (%1, 'suspend', '2026-03-02', 'X', "
                                         "'2026-03-02', 'r', 'clerk1', 'x')")
                              .arg(authorization))
                     .isEmpty());
}

TEST_F(FourEyes, CheckNamesARoleRaisedInTheTable)
{
    ASSERT_TRUE(t.reg().integrity().findings().isEmpty());
    raw({QStringLiteral("UPDATE accounts SET role = 'admin' WHERE login = 'clerk1'")});
    EXPECT_TRUE(found(QStringLiteral("Account clerk1 has the role admin in the table but clerk")));
}

TEST_F(FourEyes, CheckNamesAnAccountEnabledInTheTable)
{
    ASSERT_TRUE(t.reg().accounts().disable(QStringLiteral("clerk2")));
    raw({QStringLiteral("UPDATE accounts SET active = 1 WHERE login = 'clerk2'")});
    EXPECT_TRUE(found(QStringLiteral("Account clerk2 is active in the table but was disabled")));
}

TEST_F(FourEyes, CheckNamesAPasswordHashSwapped)
{
    raw({QStringLiteral("UPDATE accounts SET password_hash = (SELECT password_hash FROM accounts "
                        "WHERE login = 'appr1') WHERE login = 'appr2'")});
    EXPECT_TRUE(found(QStringLiteral("Account appr2's password hash was replaced")));
}

TEST_F(FourEyes, CheckNamesADecisionInsertedWithoutApproval)
{
    // The trigger would refuse it: a raw editor drops it, inserts, and puts it back unchanged.
    QString trigger;
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(t.path());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                              "'decisions_need_four_eyes'")));
            ASSERT_TRUE(q.next());
            trigger = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
    }
    raw({QStringLiteral("DROP TRIGGER decisions_need_four_eyes"),
         QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, reference, "
                        "decision_date, reason, entered_by, entered_at) VALUES (%1, 'suspend', "
                        "'2026-03-02', 'X', '2026-03-02', 'raw', 'clerk1', "
                        "'2026-03-02T09:00:00.000')")
             .arg(authorization),
         trigger});
    EXPECT_TRUE(found(QStringLiteral("entered by clerk1 after accounts existed, has no approved "
                                     "proposal")));
}

TEST_F(FourEyes, CheckNamesAProposalApprovedByItsOwnProposer)
{
    const qint64 proposal = proposeNational(QStringLiteral("appr1"));
    raw({QStringLiteral("PRAGMA ignore_check_constraints = ON"),
         QStringLiteral("UPDATE proposals SET status = 'approved', decided_by = proposed_by, "
                        "decided_at = '2026-03-02T10:00:00.000' WHERE id = %1")
             .arg(proposal)});
    EXPECT_TRUE(
        found(QStringLiteral("Proposal #%1 was decided by its own proposer appr1").arg(proposal)));
}

TEST_F(FourEyes, ThePasswordIsNeverStoredInClear)
{
    as(QStringLiteral("admin"));
    const QString secret = QStringLiteral("Very-Secret-Passphrase-42");
    ASSERT_TRUE(t.reg().accounts().setPassword(QStringLiteral("clerk1"), secret));
    t.reg().signOut();
    ASSERT_TRUE(t.reg().signIn(QStringLiteral("clerk1"), secret));
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(t.path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(secret.toUtf8()));
    EXPECT_FALSE(bytes.contains(passwordOf(QStringLiteral("appr1")).toUtf8()));
    EXPECT_TRUE(bytes.contains("$argon2id$"));
}

TEST_F(FourEyes, TheLastActiveAdminStays)
{
    as(QStringLiteral("admin"));
    const Check disabled = t.reg().accounts().disable(QStringLiteral("admin"));
    ASSERT_FALSE(disabled);
    EXPECT_EQ(disabled.refusal().rule, Rule::LastAdmin);
    const Check demoted = t.reg().accounts().setRole(QStringLiteral("admin"), Role::Clerk);
    ASSERT_FALSE(demoted);
    EXPECT_EQ(demoted.refusal().rule, Rule::LastAdmin);
    // Anyone may change their own password; only an admin another's.
    as(QStringLiteral("clerk1"));
    EXPECT_TRUE(
        t.reg().accounts().setPassword(QStringLiteral("clerk1"), QStringLiteral("new-password-1")));
    EXPECT_EQ(t.reg()
                  .accounts()
                  .setPassword(QStringLiteral("clerk2"), QStringLiteral("new-password-2"))
                  .refusal()
                  .rule,
              Rule::OutsideRole);
}
