// Applications through the service: filing, pieces and scans, decisions through RightService in
// one transaction, closed dossiers, migration of version-1 files, backups.
#include "applications/ApplicationService.h"

#include "Names.h"
#include "RawEdit.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RestoreService.h"
#include "services/RightService.h"
#include "StorageError.h"
#include "store/AuditLog.h"
#include "store/Schema.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Today(2026, 3, 2); // TempRegister's day

int auditSize(Register& reg)
{
    return AuditLog(StoreAccess::of(reg)).list().size();
}

qint64 fileDossier(Register& reg, qint64 company, RightKind kind, bool renewal = false,
                   QDate received = QDate(2026, 2, 20))
{
    NewApplication a;
    a.companyId = company;
    a.kind = kind;
    a.renewal = renewal;
    a.received = received;
    const Outcome<Filed> filed = ApplicationService(reg).file(a);
    EXPECT_TRUE(filed) << (filed ? "" : filed.refusal().message.toStdString());
    return filed ? filed.value().id : 0;
}

// Records every piece the kind requires, the certificates dated `certificates`.
void completeDossier(Register& reg, qint64 id, QDate certificates = QDate(2026, 1, 15))
{
    const ApplicationService service(reg);
    const Application a = *service.find(id);
    for (PieceKind kind : DossierRules::requiredPieces(a.kind)) {
        const QDate dated = DossierRules::expires(kind) ? certificates : QDate(2024, 6, 1);
        const Outcome<qint64> recorded = service.recordPiece(id, kind, dated);
        ASSERT_TRUE(recorded) << recorded.refusal().message.toStdString();
    }
}

ApplicationDecision grantOn(QDate from, const QString& reference, QDate until = {})
{
    ApplicationDecision d;
    d.grant = true;
    d.reference = reference;
    d.validFrom = from;
    d.end = until.isValid() ? ValidityEnd::until(until) : ValidityEnd::defaultTerm();
    return d;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(gen.bounded(256));
    return data;
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The decision as the register shows it, without what differs between two files (ids, time).
QStringList historyOf(const Right& r)
{
    QStringList out;
    for (const Decision& d : r.history)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                   .arg(Names::code(d.type), d.effective.toString(Qt::ISODate), d.reference,
                        d.decisionDate.toString(Qt::ISODate), d.reason,
                        d.validUntil.toString(Qt::ISODate), d.enteredBy);
    return out;
}

QJsonObject lastAuditOf(Register& reg, const QString& entity)
{
    const QVector<AuditEntry> entries = AuditLog(StoreAccess::of(reg)).list(entity);
    return entries.isEmpty() ? QJsonObject() : entries.back().details;
}
} // namespace

TEST(ApplicationService, FilingComputesTheDeadlineAndAllocatesReceipts)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    NewApplication a;
    a.companyId = company;
    a.kind = RightKind::Authorization;
    a.received = QDate(2026, 2, 25);
    const Outcome<Filed> first = ApplicationService(t.reg()).file(a);
    ASSERT_TRUE(first);
    EXPECT_EQ(first.value().deadline, QDate(2026, 3, 17));
    EXPECT_EQ(first.value().receipt, QStringLiteral("REC-2026-0001"));
    EXPECT_EQ(first.value().missing.size(), 6);
    EXPECT_EQ(ApplicationService(t.reg()).file(a).value().receipt, QStringLiteral("REC-2026-0002"));

    // The deadline follows the setting in force when the dossier is received.
    Settings s = t.reg().settings();
    s.applicationDeadlineDays = 30;
    t.reg().saveSettings(s);
    a.receipt = QStringLiteral("DEP/2026/77");
    const Outcome<Filed> third = ApplicationService(t.reg()).file(a);
    ASSERT_TRUE(third);
    EXPECT_EQ(third.value().deadline, QDate(2026, 3, 27));
    EXPECT_EQ(third.value().receipt, QStringLiteral("DEP/2026/77"));
    EXPECT_EQ(ApplicationService(t.reg()).find(first.value().id)->deadline, QDate(2026, 3, 17))
        << "a filed dossier keeps its deadline";

    const Check duplicate = ApplicationService(t.reg()).wouldFile(a);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.refusal().rule, Rule::Duplicate);
    EXPECT_EQ(duplicate.refusal().field, QStringLiteral("receipt"));
}

TEST(ApplicationService, FilingRefusalsWriteNothing)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const int before = auditSize(t.reg());
    NewApplication a;
    a.companyId = company + 5;
    a.received = Today;
    EXPECT_EQ(ApplicationService(t.reg()).file(a).refusal().rule, Rule::NotFound);
    a.companyId = company;
    a.received = Today.addDays(1);
    const Outcome<Filed> future = ApplicationService(t.reg()).file(a);
    ASSERT_FALSE(future);
    EXPECT_EQ(future.refusal().field, QStringLiteral("received"));
    a.received = Today;
    a.renewal = true;
    const Outcome<Filed> nothingToRenew = ApplicationService(t.reg()).file(a);
    ASSERT_FALSE(nothingToRenew);
    EXPECT_EQ(nothingToRenew.refusal().rule, Rule::InvalidTransition);
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_TRUE(ApplicationService(t.reg()).list().isEmpty());
}

TEST(ApplicationService, PiecesAreRecordedOncePerKindAndRedated)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    const ApplicationService service(t.reg());
    ASSERT_TRUE(service.recordPiece(id, PieceKind::TaxRegularity, QDate(2025, 1, 10)));
    ASSERT_TRUE(service.recordPiece(id, PieceKind::TaxRegularity, QDate(2026, 2, 10)));
    const Application a = *service.find(id);
    ASSERT_EQ(a.pieces.size(), 1);
    EXPECT_EQ(a.piece(PieceKind::TaxRegularity)->dated, QDate(2026, 2, 10));
    const QJsonObject audit = lastAuditOf(t.reg(), QStringLiteral("application"));
    EXPECT_EQ(audit.value(QStringLiteral("before")).toObject().value(QStringLiteral("dated")),
              QStringLiteral("2025-01-10"));

    const Outcome<qint64> future = service.recordPiece(id, PieceKind::Statutes, Today.addDays(1));
    ASSERT_FALSE(future);
    EXPECT_EQ(future.refusal().field, QStringLiteral("dated"));

    ASSERT_TRUE(service.removePiece(id, PieceKind::TaxRegularity));
    EXPECT_TRUE(service.find(id)->pieces.isEmpty());
    EXPECT_EQ(service.removePiece(id, PieceKind::TaxRegularity).refusal().rule, Rule::NotFound);
}

TEST(ApplicationService, GrantThroughADossierEqualsADirectGrant)
{
    TempRegister direct;
    TempRegister viaDossier;
    for (TempRegister* t : {&direct, &viaDossier})
        ASSERT_EQ(t->reg().companies().add(sampleCompany(1)).value(), 1);

    const GrantRules::GrantRequest authorization{
        RightKind::Authorization, "AUT/2026/5", QDate(2026, 3, 2), QDate(2026, 3, 1), {}};
    ASSERT_TRUE(direct.reg().rights().grant(1, authorization));
    const qint64 id = fileDossier(viaDossier.reg(), 1, RightKind::Authorization);
    completeDossier(viaDossier.reg(), id);
    const Outcome<ApplicationOutcome> granted =
        ApplicationService(viaDossier.reg()).decide(id, grantOn(QDate(2026, 3, 1), "AUT/2026/5"));
    ASSERT_TRUE(granted) << granted.refusal().message.toStdString();

    // Then a national accreditation, both ways.
    const GrantRules::GrantRequest national{RightKind::National, "AEN/2026/2", QDate(2026, 3, 2),
                                            QDate(2026, 3, 2),
                                            ValidityEnd::until(QDate(2029, 3, 1))};
    ASSERT_TRUE(direct.reg().rights().grant(1, national));
    const qint64 nationalId = fileDossier(viaDossier.reg(), 1, RightKind::National);
    completeDossier(viaDossier.reg(), nationalId);
    ASSERT_TRUE(
        ApplicationService(viaDossier.reg())
            .decide(nationalId, grantOn(QDate(2026, 3, 2), "AEN/2026/2", QDate(2029, 3, 1))));

    const CompanyRights a = direct.reg().rights().ofCompany(1);
    const CompanyRights b = viaDossier.reg().rights().ofCompany(1);
    ASSERT_EQ(a.authorizations.size(), 1);
    ASSERT_EQ(b.authorizations.size(), 1);
    ASSERT_EQ(a.accreditations.size(), 1);
    ASSERT_EQ(b.accreditations.size(), 1);
    for (const auto& [x, y] : {std::pair{a.authorizations[0], b.authorizations[0]},
                               std::pair{a.accreditations[0], b.accreditations[0]}}) {
        EXPECT_EQ(x.number, y.number);
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_EQ(x.validFrom, y.validFrom);
        EXPECT_EQ(historyOf(x), historyOf(y));
    }
    EXPECT_EQ(b.authorizations[0].number, QStringLiteral("AUT-2026-0001"));
    EXPECT_EQ(granted.value().number, QStringLiteral("AUT-2026-0001"));
    EXPECT_EQ(granted.value().rightId, b.authorizations[0].id);

    // The right's own audit entry is the one a direct grant writes.
    EXPECT_EQ(lastAuditOf(direct.reg(), QStringLiteral("accreditation")),
              lastAuditOf(viaDossier.reg(), QStringLiteral("accreditation")));
    const Application closed = *ApplicationService(viaDossier.reg()).find(id);
    EXPECT_EQ(closed.status, ApplicationStatus::Granted);
    EXPECT_EQ(closed.rightId, b.authorizations[0].id);
    EXPECT_EQ(closed.decisionReference, QStringLiteral("AUT/2026/5"));
    EXPECT_EQ(closed.decidedOn, Today);
}

TEST(ApplicationService, AnIncompleteDossierIsNotGrantedAndNothingIsWritten)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    const ApplicationService service(t.reg());
    for (PieceKind kind : {PieceKind::Statutes, PieceKind::RegisteredOffice, PieceKind::BankCapital,
                           PieceKind::TaxRegularity, PieceKind::ManagerId})
        ASSERT_TRUE(service.recordPiece(id, kind, QDate(2026, 1, 20)));
    const int before = auditSize(t.reg());
    const Outcome<ApplicationOutcome> refused =
        service.decide(id, grantOn(QDate(2026, 3, 2), "AUT/1"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.refusal().rule, Rule::DossierIncomplete);
    EXPECT_EQ(refused.refusal().field, QStringLiteral("cnss-regularity"));
    EXPECT_TRUE(refused.refusal().message.contains(QStringLiteral("CNSS-regularity certificate")));
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_TRUE(t.reg().rights().ofCompany(company).authorizations.isEmpty());
    EXPECT_TRUE(service.find(id)->isOpen());
}

TEST(ApplicationService, StaleCertificatesOnTheDecisionDateAreRefused)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    completeDossier(t.reg(), id, QDate(2025, 3, 2)); // exactly one year before today
    const ApplicationService service(t.reg());
    EXPECT_TRUE(service.wouldDecide(id, grantOn(Today, "AUT/1")));
    ApplicationDecision later = grantOn(Today, "AUT/1");
    later.decisionDate = Today.addDays(1); // signed tomorrow: the certificates are stale then
    const Check stale = service.wouldDecide(id, later);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.refusal().rule, Rule::DossierPieceStale);
    EXPECT_EQ(stale.refusal().field, QStringLiteral("tax-regularity"));
    ASSERT_TRUE(service.decide(id, grantOn(Today, "AUT/1")));
}

TEST(ApplicationService, TheGrantsRulesStillApplyAndARefusalRollsBackEverything)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::National);
    completeDossier(t.reg(), id);
    const int before = auditSize(t.reg());
    const Outcome<ApplicationOutcome> refused =
        ApplicationService(t.reg()).decide(id, grantOn(Today, "AEN/1"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.refusal().rule, Rule::NoActiveAuthorization); // rule 2, via RightService
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_TRUE(t.reg().rights().ofCompany(company).accreditations.isEmpty());
    EXPECT_TRUE(ApplicationService(t.reg()).find(id)->isOpen());
}

TEST(ApplicationService, GrantAndDossierChangeAreOneTransaction)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    completeDossier(t.reg(), id);
    const int before = auditSize(t.reg());
    // The right is written first; make the dossier's change of status fail afterwards.
    tamper(t,
           {QStringLiteral("CREATE TRIGGER fail_close BEFORE UPDATE ON applications BEGIN SELECT "
                           "RAISE(ABORT, 'simulated failure'); END")},
           {QStringLiteral("CREATE FUNCTION fail_close() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$"),
            QStringLiteral("CREATE TRIGGER fail_close BEFORE UPDATE ON applications FOR EACH ROW "
                           "EXECUTE FUNCTION fail_close()")});
    EXPECT_THROW(ApplicationService(t.reg()).decide(id, grantOn(Today, "AUT/1")), StorageError);
    tamper(t, {QStringLiteral("DROP TRIGGER fail_close")},
           {QStringLiteral("DROP TRIGGER fail_close ON applications")});
    EXPECT_TRUE(t.reg().rights().ofCompany(company).authorizations.isEmpty())
        << "the grant was rolled back with the dossier";
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_TRUE(ApplicationService(t.reg()).find(id)->isOpen());
    ASSERT_TRUE(ApplicationService(t.reg()).decide(id, grantOn(Today, "AUT/1")));
    EXPECT_EQ(t.reg().rights().ofCompany(company).authorizations.size(), 1);
}

TEST(ApplicationService, ARefusalStatesItsReason)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    const ApplicationService service(t.reg());
    ApplicationDecision refuse;
    refuse.grant = false;
    refuse.reference = QStringLiteral("REF/2026/3");
    refuse.reason = QStringLiteral("   ");
    const int before = auditSize(t.reg());
    const Outcome<ApplicationOutcome> noReason = service.decide(id, refuse);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.refusal().rule, Rule::ReasonRequired);
    EXPECT_EQ(noReason.refusal().field, QStringLiteral("reason"));
    refuse.reason = QStringLiteral("Objet social sans production cinématographique");
    refuse.reference.clear();
    EXPECT_EQ(service.decide(id, refuse).refusal().field, QStringLiteral("decision"));
    EXPECT_EQ(auditSize(t.reg()), before);

    refuse.reference = QStringLiteral("REF/2026/3");
    const Outcome<ApplicationOutcome> refused = service.decide(id, refuse);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused.value().status, ApplicationStatus::Refused);
    const Application a = *service.find(id);
    EXPECT_EQ(a.status, ApplicationStatus::Refused);
    EXPECT_EQ(a.reason, refuse.reason);
    EXPECT_EQ(a.decisionReference, refuse.reference);
    const QVector<AuditEntry> audit = AuditLog(StoreAccess::of(t.reg())).list("application", id);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.back().action, QStringLiteral("refuse"));
    EXPECT_EQ(audit.back().details.value(QStringLiteral("reason")).toString(), refuse.reason);
    EXPECT_TRUE(t.reg().rights().ofCompany(company).authorizations.isEmpty());
}

TEST(ApplicationService, DecidedOrWithdrawnDossiersAreFinal)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const ApplicationService service(t.reg());
    const qint64 granted = fileDossier(t.reg(), company, RightKind::Authorization);
    completeDossier(t.reg(), granted);
    ASSERT_TRUE(service.decide(granted, grantOn(Today, "AUT/1")));
    const qint64 withdrawn = fileDossier(t.reg(), company, RightKind::International);
    ASSERT_TRUE(service.withdraw(withdrawn, QStringLiteral("Retiré par la société")));
    EXPECT_EQ(service.find(withdrawn)->status, ApplicationStatus::Withdrawn);
    EXPECT_EQ(service.find(withdrawn)->reason, QStringLiteral("Retiré par la société"));

    const int before = auditSize(t.reg());
    ApplicationDecision refuse;
    refuse.grant = false;
    refuse.reference = QStringLiteral("R/1");
    refuse.reason = QStringLiteral("late");
    for (qint64 id : {granted, withdrawn}) {
        EXPECT_EQ(service.decide(id, grantOn(Today, "X/1")).refusal().rule,
                  Rule::ApplicationClosed);
        EXPECT_EQ(service.decide(id, refuse).refusal().rule, Rule::ApplicationClosed);
        EXPECT_EQ(service.withdraw(id).refusal().rule, Rule::ApplicationClosed);
        EXPECT_EQ(service.recordPiece(id, PieceKind::Films, Today).refusal().rule,
                  Rule::ApplicationClosed);
        EXPECT_EQ(service.removePiece(id, PieceKind::Statutes).refusal().rule,
                  Rule::ApplicationClosed);
    }
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_EQ(t.reg().rights().ofCompany(company).authorizations.size(), 1);
    // The schema refuses it too, whatever program writes.
    EXPECT_THROW(
        StoreAccess::of(t.reg()).run(
            QStringLiteral("UPDATE applications SET status = 'open' WHERE id = ?"), {granted}),
        StorageError);
    EXPECT_THROW(
        StoreAccess::of(t.reg()).run(
            QStringLiteral("DELETE FROM application_pieces WHERE application_id = ?"), {granted}),
        StorageError);
}

TEST(ApplicationService, RenewalRenewsTheCompanysRight)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const Outcome<Granted> right = t.reg().rights().grant(
        company, {RightKind::Authorization, "AUT/2023/1", QDate(2023, 6, 1), QDate(2023, 6, 1),
                  ValidityEnd::until(QDate(2026, 5, 31))});
    ASSERT_TRUE(right);
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization, true);
    completeDossier(t.reg(), id);
    const ApplicationService service(t.reg());
    const Check noUntil = service.wouldDecide(id, grantOn(QDate(2026, 6, 1), "AUT/2026/R1"));
    ASSERT_FALSE(noUntil);
    EXPECT_EQ(noUntil.refusal().field, QStringLiteral("until"));

    const Outcome<ApplicationOutcome> renewed =
        service.decide(id, grantOn(QDate(2026, 6, 1), "AUT/2026/R1", QDate(2029, 5, 31)));
    ASSERT_TRUE(renewed) << renewed.refusal().message.toStdString();
    EXPECT_EQ(renewed.value().rightId, right.value().id);
    EXPECT_EQ(renewed.value().number, right.value().number);
    const CompanyRights held = t.reg().rights().ofCompany(company);
    ASSERT_EQ(held.authorizations.size(), 1) << "a renewal creates no new right";
    const Decision& last = held.authorizations[0].history.back();
    EXPECT_EQ(last.type, DecisionType::Renew);
    EXPECT_EQ(last.validUntil, QDate(2029, 5, 31));
    EXPECT_EQ(last.reference, QStringLiteral("AUT/2026/R1"));
}

TEST(ApplicationService, ListsOpenFirstAndFindsOverdueDossiers)
{
    TempRegister t;
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 b = t.reg().companies().add(sampleCompany(2)).value();
    const qint64 overdue = fileDossier(t.reg(), a, RightKind::Authorization, false,
                                       QDate(2026, 2, 1)); // deadline 2026-02-21
    const qint64 soon = fileDossier(t.reg(), b, RightKind::Authorization, false,
                                    QDate(2026, 2, 12)); // deadline 2026-03-04
    const qint64 later = fileDossier(t.reg(), a, RightKind::International, false,
                                     QDate(2026, 3, 1)); // deadline 2026-03-21
    const qint64 closed =
        fileDossier(t.reg(), b, RightKind::International, false, QDate(2026, 1, 5));
    ASSERT_TRUE(ApplicationService(t.reg()).withdraw(closed));
    const ApplicationService service(t.reg());

    QVector<qint64> ids;
    for (const Application& x : service.list())
        ids.append(x.id);
    EXPECT_EQ(ids, (QVector<qint64>{overdue, soon, later, closed}));

    ApplicationQuery query;
    query.overdueOnly = true;
    ASSERT_EQ(service.list(query).size(), 1);
    EXPECT_EQ(service.list(query)[0].id, overdue);
    query = {};
    query.openOnly = true;
    query.companyId = a;
    EXPECT_EQ(service.list(query).size(), 2);

    const QVector<Application> due = service.dueWithin(Today, 5);
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due[0].id, overdue);
    EXPECT_EQ(due[1].id, soon);
}

TEST(ApplicationService, AttachmentsSurviveReopeningTheFileByteForByte)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    const QByteArray scan = randomBytes(300 * 1024 + 17, 42);
    const Outcome<qint64> recorded = ApplicationService(t.reg()).recordPiece(
        id, PieceKind::Statutes, QDate(2025, 12, 1),
        QStringLiteral("/home/clerk/scans/statuts.pdf"), scan);
    ASSERT_TRUE(recorded);

    t.reopen();
    const std::optional<Attachment> again =
        ApplicationService(t.reg()).attachment(id, PieceKind::Statutes);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->data, scan);
    EXPECT_EQ(again->name, QStringLiteral("statuts.pdf")) << "the name, not the clerk's folders";
    EXPECT_EQ(again->size, scan.size());
    EXPECT_EQ(again->sha256, sha256(scan));
    const Application reloaded = *ApplicationService(t.reg()).find(id);
    const Piece* piece = reloaded.piece(PieceKind::Statutes);
    ASSERT_TRUE(piece && piece->attachment);
    EXPECT_EQ(piece->attachment->sha256, sha256(scan));
    EXPECT_TRUE(piece->attachment->data.isEmpty()) << "lists do not load the bytes";

    // Replacing the scan keeps the old one's fingerprint in the audit trail.
    const QByteArray better = randomBytes(1000, 7);
    ASSERT_TRUE(ApplicationService(t.reg()).attach(id, PieceKind::Statutes,
                                                   QStringLiteral("statuts-signes.pdf"), better));
    const QJsonObject audit = lastAuditOf(t.reg(), QStringLiteral("application"));
    EXPECT_EQ(audit.value(QStringLiteral("before")).toObject().value(QStringLiteral("sha256")),
              sha256(scan));
    EXPECT_EQ(ApplicationService(t.reg()).attachment(id, PieceKind::Statutes)->data, better);

    EXPECT_EQ(ApplicationService(t.reg())
                  .attach(id, PieceKind::Films, QStringLiteral("films.pdf"), better)
                  .refusal()
                  .rule,
              Rule::NotFound)
        << "a scan belongs to a recorded piece";
    EXPECT_EQ(ApplicationService(t.reg())
                  .attach(id, PieceKind::Statutes, QStringLiteral("empty.pdf"), {})
                  .refusal()
                  .field,
              QStringLiteral("file"));
    EXPECT_TRUE(t.reg().integrity().findings().isEmpty());
}

TEST(ApplicationService, ABackupKeepsTheScans)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    const QByteArray scan = randomBytes(64 * 1024, 3);
    ASSERT_TRUE(ApplicationService(t.reg()).recordPiece(id, PieceKind::ManagerId, QDate(2024, 1, 1),
                                                        QStringLiteral("cnie.jpg"), scan));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("backup.cinereg"));
    ASSERT_TRUE(RestoreService::backup(t.reg(), copy)); // from a server too: a file
    const QString restored = dir.filePath(QStringLiteral("restored.cinereg"));
    FixedClock clock(Today);
    ASSERT_TRUE(RestoreService::restore(copy, restored, clock, QStringLiteral("admin")));
    Register again(restored, clock, QStringLiteral("clerk"));
    const std::optional<Attachment> back =
        ApplicationService(again).attachment(id, PieceKind::ManagerId);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->data, scan);
    EXPECT_EQ(back->sha256, sha256(scan));
}

TEST(ApplicationService, CheckFindsAnAlteredScan)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, RightKind::Authorization);
    ASSERT_TRUE(ApplicationService(t.reg()).recordPiece(
        id, PieceKind::Statutes, QDate(2025, 1, 1), QStringLiteral("s.pdf"), randomBytes(100, 1)));
    // Someone edits the file outside the program (and removes the trigger that forbids it), or
    // a server's superuser the table.
    const QString update =
        QStringLiteral("UPDATE attachments SET data = %1").arg(blobLiteral(t, randomBytes(100, 2)));
    tamper(t, {QStringLiteral("DROP TRIGGER attachments_are_never_edited"), update},
           {QStringLiteral("ALTER TABLE attachments DISABLE TRIGGER USER"), update,
            QStringLiteral("ALTER TABLE attachments ENABLE TRIGGER USER")});
    // Also named: the dropped trigger and the table changed behind the seal.
    const QStringList findings = t.reg().integrity().findings();
    EXPECT_EQ(findings.filter(QStringLiteral("SHA-256")).size(), 1)
        << findings.join('\n').toStdString();
}

TEST(ApplicationService, AVersionOneFileMigratesForward)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.cinereg"));
    {
        // A register as version 1 of the program wrote it, with one company.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        for (const QString& statement : Schema::migrationTo(1))
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO companies (id, name, legal_form, rc_number, rc_court, rc_court_key, ice, "
            "address, city, sort_key, created_at, created_by) VALUES (1, 'Atlas', 'SARL', '1', "
            "'Rabat', 'rabat', '001561191000066', 'a', 'Rabat', 'atlas', '2025-01-01', 'x')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    FixedClock clock(Today);
    Register reg(path, clock, QStringLiteral("clerk"));
    QSqlQuery version = StoreAccess::of(reg).run(QStringLiteral("PRAGMA user_version"));
    ASSERT_TRUE(version.next());
    EXPECT_EQ(version.value(0).toInt(), Database::SchemaVersion);
    version.finish();
    EXPECT_TRUE(reg.companies().find(1));
    const qint64 id = fileDossier(reg, 1, RightKind::Authorization);
    EXPECT_GT(id, 0);
    EXPECT_TRUE(ApplicationService(reg).recordPiece(id, PieceKind::Statutes, QDate(2025, 1, 1),
                                                    QStringLiteral("s.pdf"), "%PDF-1.4"));
    EXPECT_TRUE(reg.integrity().findings().isEmpty())
        << reg.integrity().findings().join("\n").toStdString();
}
