#include "RegisterGenerator.h"

#include "../applications/ApplicationService.h"
#include "../applications/DossierRules.h"
#include "../certificates/CertificateService.h"
#include "../certificates/SigningKeyRegistry.h"
#include "../Effectiveness.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/Numbering.h"
#include "../store/ProductionStore.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "EffectivenessRules.h"
#include "FictionalNames.h"
#include "Names.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace cinereg {

namespace {
const QString Generator = QStringLiteral("generator");

class Builder
{
public:
    Builder(const Register& reg, const Transaction& tx, QDate today, quint32 seed,
            int applicantsWanted)
        : m_db(StoreAccess::of(reg)), m_numbering(tx), m_settings(reg.settings()), m_today(today),
          m_rng(seed), m_now(today.startOfDay().addSecs(8 * 3600)),
          m_applicantsWanted(applicantsWanted)
    {
    }

    QVector<qint64> applicants() const { return m_applicants; }

    void company(int n)
    {
        Company c = FictionalNames::company(n, m_rng);
        c.id = CompanyStore(m_db).insert(c, Generator, m_now);
        const int profile = int(m_rng.bounded(100u));
        // Every fifth company, until there are enough, has applied and waits for a decision.
        const bool applicant = n % 5 == 0 && m_applicants.size() < m_applicantsWanted;
        if (profile < 8 || applicant) {
            m_applicants.append(c.id); // registered, never authorized: may apply
            return;
        }
        const bool idle = profile < 16;
        const QDate authorizedFrom =
            m_today.addDays(-int(idle ? m_rng.bounded(1500u, 3000u) : m_rng.bounded(60u, 2500u)));
        Right authorization = grant(c.id, RightKind::Authorization, authorizedFrom, {});
        QVector<Right> accreditations;
        const qint64 threshold = m_settings.capitalThresholds.value(c.legalForm, 0);
        if (!idle && c.capital.value_or(0) >= threshold && profile < 90) {
            accreditations.append(accredit(c.id, RightKind::National, authorizedFrom));
            if (m_rng.bounded(100u) < 40)
                accreditations.append(accredit(c.id, RightKind::International, authorizedFrom));
            shoot(c.id, accreditations, authorization);
        }
        // Suspensions and revocations come last, after every start they could contradict.
        QDate latestStart = authorizedFrom;
        for (Right& a : accreditations) {
            latestStart = std::max(latestStart, a.validFrom);
            const int fate = int(m_rng.bounded(100u));
            if (fate < 4)
                decide(a, DecisionType::Revoke, m_today.addDays(-int(m_rng.bounded(1u, 200u))),
                       FictionalNames::revocationReason(m_rng));
            else if (fate < 10)
                decide(a, DecisionType::Suspend, m_today.addDays(-int(m_rng.bounded(1u, 30u))),
                       FictionalNames::suspensionReason(m_rng));
        }
        // After the last accreditation's first day, so that each started under an active
        // authorization (rule 2).
        const QDate suspendFrom =
            std::max(latestStart.addDays(1), m_today.addDays(-int(m_rng.bounded(1u, 60u))));
        if (profile >= 16 && profile < 21 && suspendFrom <= m_today)
            decide(authorization, DecisionType::Suspend, suspendFrom,
                   FictionalNames::suspensionReason(m_rng));
    }

private:
    QString number(RightKind kind, QDate date)
    {
        return m_numbering
            .next(NumberSeries::rights(kind, date.year(), m_settings.numberFormat(kind)))
            .text;
    }

    Right grant(qint64 companyId, RightKind kind, QDate from, QDate until)
    {
        Right r;
        r.companyId = companyId;
        r.kind = kind;
        r.validFrom = from;
        const QDate signedOn = from.addDays(-int(m_rng.bounded(5u, 40u)));
        r.number = number(kind, signedOn);
        Decision d;
        d.type = DecisionType::Grant;
        d.effective = from;
        d.reference = QStringLiteral("D-%1/%2").arg(r.number, QString::number(signedOn.year()));
        d.decisionDate = signedOn;
        d.validUntil = until;
        d.enteredBy = Generator;
        d.enteredAt = m_now;
        r.history.append(d);
        r.id = RightStore(m_db).insert(r);
        return r;
    }

    void decide(Right& r, DecisionType type, QDate effective, const QString& reason,
                QDate until = {})
    {
        // Like a clerk's, each decision takes effect on or after the right's previous ones.
        QDate earliest = r.validFrom;
        for (const Decision& previous : r.history)
            earliest = std::max(earliest, previous.effective);
        Decision d;
        d.type = type;
        d.effective = std::max(effective, earliest);
        d.reference = QStringLiteral("D-%1-%2").arg(Names::code(type), r.number);
        d.decisionDate = d.effective;
        d.reason = reason;
        d.validUntil = until;
        d.enteredBy = Generator;
        d.enteredAt = m_now;
        d.id = RightStore(m_db).insertDecision(r.id, d);
        r.history.append(d);
    }

    // Accreditations start after the authorization; their validity ends are spread so that the
    // dashboard has rights expiring within 30, 60 and 90 days, and some were renewed.
    Right accredit(qint64 companyId, RightKind tier, QDate authorizedFrom)
    {
        const QDate from = std::min(authorizedFrom.addDays(int(m_rng.bounded(10u, 200u))), m_today);
        const int term = int(m_rng.bounded(100u));
        QDate until;
        if (term < 15)
            until = m_today.addDays(int(m_rng.bounded(1u, 90u)));
        else if (term < 60)
            until = m_today.addDays(int(m_rng.bounded(120u, 1100u)));
        until = until.isValid() && until < from ? from.addYears(1) : until;
        Right r = grant(companyId, tier, from, until);
        if (until.isValid() && term >= 50 && until.addYears(-2) > from)
            decide(r, DecisionType::Renew, until.addYears(-2), QString(), until.addYears(1));
        return r;
    }

    void shoot(qint64 companyId, const QVector<Right>& accreditations, const Right& authorization)
    {
        const int count = int(m_rng.bounded(0u, 4u));
        for (int i = 0; i < count; ++i) {
            const Right& a = accreditations[int(m_rng.bounded(quint32(accreditations.size())))];
            const QDate from = m_today.addDays(-int(m_rng.bounded(5u, 900u)));
            const QDate to = from.addDays(int(m_rng.bounded(3u, 45u)));
            if (EffectivenessRules::firstUncoveredDay({a}, {authorization}, from, to).isValid())
                continue; // only shoots the rules would have accepted
            Production p;
            p.title = FictionalNames::productionTitle(m_rng);
            p.kind =
                a.kind == RightKind::National ? ProductionKind::National : ProductionKind::Foreign;
            p.executorId = companyId;
            p.shootFrom = from;
            p.shootTo = to;
            if (p.kind == ProductionKind::Foreign) {
                const auto [producer, country] = FictionalNames::foreignProducer(m_rng);
                p.foreignProducer = producer;
                p.country = country;
                p.mandate = QStringLiteral("MAND-%1-%2").arg(companyId).arg(i + 1);
            }
            p.shootingPermit = QStringLiteral("AT-%1-%2").arg(from.year()).arg(companyId * 10 + i);
            ProductionStore(m_db).insert(p, Generator, m_now);
        }
    }

    const Database& m_db;
    const Numbering m_numbering;
    Settings m_settings;
    QDate m_today;
    QRandomGenerator m_rng;
    QDateTime m_now;
    int m_applicantsWanted;
    QVector<qint64> m_applicants;
};

// Dossiers at each stage: granted (the authorization is then in the register), refused with its
// reason, open and complete, open with pieces missing and past its deadline.
void fileDossiers(const Register& reg, const QVector<qint64>& applicants, QDate today, int count)
{
    const ApplicationService dossiers(reg);
    const int deadline = reg.settings().applicationDeadlineDays;
    for (int i = 0; i < std::min<int>(count, applicants.size()); ++i) {
        const int stage = i % 4;
        NewApplication filed;
        filed.companyId = applicants[i];
        filed.kind = RightKind::Authorization;
        filed.received = today.addDays(stage == 3 ? -(deadline + 5) : stage == 2 ? -3 : -30);
        const Outcome<Filed> made = dossiers.file(filed);
        if (!made)
            continue;
        const QVector<PieceKind> pieces = DossierRules::requiredPieces(filed.kind);
        const int received = stage == 3 ? int(pieces.size()) - 2 : int(pieces.size());
        for (int p = 0; p < received; ++p)
            dossiers.recordPiece(made.value().id, pieces[p], filed.received.addDays(-10));
        if (stage > 1)
            continue; // open
        ApplicationDecision decision;
        decision.grant = stage == 0;
        decision.reference = QStringLiteral("D-%1-%2").arg(
            stage == 0 ? QStringLiteral("AUT") : QStringLiteral("REF"), made.value().receipt);
        decision.decisionDate = filed.received.addDays(12);
        decision.validFrom = decision.decisionDate;
        if (!decision.grant)
            decision.reason = FictionalNames::refusalReason(i);
        dossiers.decide(made.value().id, decision); // a form the settings refuse stays open
    }
}
} // namespace

void generateRegister(const Register& reg, const GeneratorOptions& options)
{
    const QDate today = options.today.isValid() ? options.today : reg.today();
    Transaction tx(StoreAccess::of(reg));
    Builder builder(reg, tx, today, options.seed, options.dossiers);
    for (int n = 1; n <= options.companies; ++n)
        builder.company(n);
    AuditLog(StoreAccess::of(reg))
        .append({0, reg.clock().now(), reg.user(), QStringLiteral("register"), 0,
                 QStringLiteral("generate"),
                 QJsonObject{{QStringLiteral("companies"), options.companies},
                             {QStringLiteral("seed"), qint64(options.seed)},
                             {QStringLiteral("fictional"), true}}});
    tx.commit();
    fileDossiers(reg, builder.applicants(), today, options.dossiers);
}

Outcome<int> issueDemoCertificates(Register& reg, const QString& keyPath, int count)
{
    Settings settings = reg.settings();
    settings.signingKeyPath = keyPath;
    reg.saveSettings(settings);
    const Outcome<QString> key = SigningKeyRegistry(reg).create();
    if (!key)
        return key.refusal();
    const CertificateService certificates(reg);
    const QVector<qint64> ids = certificates.effectiveAccreditations(std::nullopt, reg.today());
    if (ids.isEmpty())
        return 0;
    const auto issued = certificates.issue(ids.mid(0, count), {});
    if (!issued)
        return issued.refusal();
    return int(issued.value().size());
}

} // namespace cinereg
