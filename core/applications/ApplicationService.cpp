#include "ApplicationService.h"

#include "../accounts/DecisionService.h"
#include "../DateText.h"
#include "../JsonExport.h"
#include "../NumberFormat.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../services/RightService.h"
#include "../store/ApplicationStore.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/Numbering.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "Names.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QFileInfo>

namespace cinereg {

namespace {
constexpr qint64 MaxAttachmentBytes = 64LL * 1024 * 1024;

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// A renewal states its new end: neither the default term nor "no end" renews anything.
QDate renewalEnd(const ApplicationDecision& d)
{
    return d.end.choice() == ValidityEnd::Choice::Until ? d.end.lastDay() : QDate();
}
} // namespace

void ApplicationService::audit(qint64 id, const QString& action, const QJsonObject& details) const
{
    AuditLog(StoreAccess::of(m_reg))
        .append({0, m_reg.clock().now(), m_reg.user(), QStringLiteral("application"), id, action,
                 details});
}

QString ApplicationService::allocateReceipt(const Transaction& tx, QDate received) const
{
    return Numbering(tx)
        .next(NumberSeries::receipts(received.year(), m_reg.settings().receiptNumberFormat))
        .text;
}

Check ApplicationService::wouldFile(const NewApplication& a) const
{
    const std::optional<Company> company = CompanyStore(StoreAccess::of(m_reg)).find(a.companyId);
    if (!company)
        return Refusal{Rule::NotFound, QStringLiteral("company"),
                       tr("No company #%1.").arg(a.companyId)};
    if (!a.received.isValid())
        return Refusal{Rule::RequiredField, QStringLiteral("received"),
                       tr("The date the dossier was received is required.")};
    if (a.received > m_reg.today())
        return Refusal{Rule::InvalidField, QStringLiteral("received"),
                       tr("A dossier cannot be received in the future (%1; today is %2).")
                           .arg(DateText::of(a.received), DateText::of(m_reg.today()))};
    const QString receipt = a.receipt.trimmed();
    if (!receipt.isEmpty() && ApplicationStore(StoreAccess::of(m_reg)).receiptExists(receipt))
        return Refusal{Rule::Duplicate, QStringLiteral("receipt"),
                       tr("Receipt %1 is already used by another dossier.").arg(receipt)};
    if (a.renewal) {
        Application probe;
        probe.companyId = a.companyId;
        probe.kind = a.kind;
        probe.renewal = true;
        if (!renewalTarget(probe))
            return Refusal{Rule::InvalidTransition, QStringLiteral("renewal"),
                           tr("%1 holds no %2 that could be renewed.")
                               .arg(company->name, Names::label(a.kind))};
    }
    return Done{};
}

Outcome<Filed> ApplicationService::file(const NewApplication& raw) const
{
    if (auto refusal = m_reg.require(Action::FileApplications))
        return *refusal;
    NewApplication a = raw;
    a.receipt = a.receipt.trimmed();
    Transaction tx(StoreAccess::of(m_reg));
    const Check allowed = wouldFile(a);
    if (!allowed)
        return allowed.refusal();
    Application app;
    app.companyId = a.companyId;
    app.kind = a.kind;
    app.renewal = a.renewal;
    app.received = a.received;
    app.receipt = a.receipt.isEmpty() ? allocateReceipt(tx, a.received) : a.receipt;
    app.deadline = DossierRules::deadline(a.received, m_reg.settings().applicationDeadlineDays);
    app.createdBy = m_reg.user();
    app.createdAt = m_reg.clock().now();
    app.id = ApplicationStore(StoreAccess::of(m_reg)).insert(app);
    audit(app.id, QStringLiteral("file"),
          {{QStringLiteral("company_id"), app.companyId},
           {QStringLiteral("for"), Names::code(app.kind)},
           {QStringLiteral("renewal"), app.renewal},
           {QStringLiteral("received"), iso(app.received)},
           {QStringLiteral("receipt"), app.receipt},
           {QStringLiteral("deadline"), iso(app.deadline)}});
    tx.commit();
    return Filed{app.id, app.receipt, app.deadline, DossierRules::missing(app)};
}

Check ApplicationService::openApplication(qint64 id, std::optional<Application>& found) const
{
    found = ApplicationStore(StoreAccess::of(m_reg)).find(id);
    if (!found)
        return Refusal{Rule::NotFound, QStringLiteral("id"), tr("No dossier #%1.").arg(id)};
    if (!found->isOpen())
        return Refusal{Rule::ApplicationClosed, QString(),
                       tr("Dossier %1 is already closed (%2 on %3).")
                           .arg(found->receipt, ApplicationNames::label(found->status),
                                DateText::of(found->decidedOn))};
    return Done{};
}

Check ApplicationService::checkAttachment(const QString& fileName, const QByteArray& bytes) const
{
    if (QFileInfo(fileName).fileName().trimmed().isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("file"),
                       tr("The attached file needs a name.")};
    if (bytes.isEmpty())
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("The file %1 is empty.").arg(fileName)};
    if (bytes.size() > MaxAttachmentBytes)
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("The file %1 is larger than %2 MB.")
                           .arg(fileName)
                           .arg(MaxAttachmentBytes / (1024 * 1024))};
    return Done{};
}

Outcome<qint64> ApplicationService::recordPiece(qint64 applicationId, PieceKind kind, QDate dated,
                                                const QString& fileName,
                                                const QByteArray& bytes) const
{
    if (auto refusal = m_reg.require(Action::FileApplications))
        return *refusal;
    const bool withFile = !fileName.isEmpty() || !bytes.isEmpty();
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Application> app;
    if (const Check open = openApplication(applicationId, app); !open)
        return open.refusal();
    if (!dated.isValid())
        return Refusal{Rule::RequiredField, QStringLiteral("dated"),
                       tr("The date the piece bears is required.")};
    if (dated > m_reg.today())
        return Refusal{Rule::InvalidField, QStringLiteral("dated"),
                       tr("A piece cannot be dated in the future (%1; today is %2).")
                           .arg(DateText::of(dated), DateText::of(m_reg.today()))};
    if (withFile)
        if (const Check ok = checkAttachment(fileName, bytes); !ok)
            return ok.refusal();

    ApplicationStore store(StoreAccess::of(m_reg));
    const Piece* before = app->piece(kind);
    Piece piece;
    piece.kind = kind;
    piece.dated = dated;
    piece.enteredBy = m_reg.user();
    piece.enteredAt = m_reg.clock().now();
    piece.id = store.savePiece(applicationId, piece);
    QJsonObject details{{QStringLiteral("kind"), ApplicationNames::code(kind)},
                        {QStringLiteral("dated"), iso(dated)}};
    if (before)
        details.insert(QStringLiteral("before"),
                       QJsonObject{{QStringLiteral("dated"), iso(before->dated)}});
    audit(applicationId, QStringLiteral("piece"), details);
    if (withFile) {
        Attachment t;
        t.name = QFileInfo(fileName).fileName();
        t.data = bytes;
        t.size = bytes.size();
        t.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        t.addedBy = m_reg.user();
        t.addedAt = piece.enteredAt;
        store.saveAttachment(piece.id, t);
        audit(applicationId, QStringLiteral("attach"),
              {{QStringLiteral("kind"), ApplicationNames::code(kind)},
               {QStringLiteral("name"), t.name},
               {QStringLiteral("size"), t.size},
               {QStringLiteral("sha256"), t.sha256}});
    }
    tx.commit();
    return piece.id;
}

Check ApplicationService::removePiece(qint64 applicationId, PieceKind kind) const
{
    if (auto refusal = m_reg.require(Action::FileApplications))
        return *refusal;
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Application> app;
    if (const Check open = openApplication(applicationId, app); !open)
        return open;
    const Piece* piece = app->piece(kind);
    if (!piece)
        return Refusal{Rule::NotFound, QStringLiteral("kind"),
                       tr("The dossier holds no %1.").arg(ApplicationNames::label(kind))};
    QJsonObject details{{QStringLiteral("kind"), ApplicationNames::code(kind)},
                        {QStringLiteral("dated"), iso(piece->dated)}};
    if (piece->attachment)
        details.insert(QStringLiteral("attachment_sha256"), piece->attachment->sha256);
    ApplicationStore(StoreAccess::of(m_reg)).removePiece(piece->id);
    audit(applicationId, QStringLiteral("remove-piece"), details);
    tx.commit();
    return Done{};
}

Outcome<qint64> ApplicationService::attach(qint64 applicationId, PieceKind kind,
                                           const QString& fileName, const QByteArray& bytes) const
{
    if (auto refusal = m_reg.require(Action::FileApplications))
        return *refusal;
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Application> app;
    if (const Check open = openApplication(applicationId, app); !open)
        return open.refusal();
    const Piece* piece = app->piece(kind);
    if (!piece)
        return Refusal{Rule::NotFound, QStringLiteral("kind"),
                       tr("Record the %1 (with its date) before attaching its scan.")
                           .arg(ApplicationNames::label(kind))};
    if (const Check ok = checkAttachment(fileName, bytes); !ok)
        return ok.refusal();
    Attachment t;
    t.name = QFileInfo(fileName).fileName();
    t.data = bytes;
    t.size = bytes.size();
    t.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    t.addedBy = m_reg.user();
    t.addedAt = m_reg.clock().now();
    const qint64 id = ApplicationStore(StoreAccess::of(m_reg)).saveAttachment(piece->id, t);
    QJsonObject details{{QStringLiteral("kind"), ApplicationNames::code(kind)},
                        {QStringLiteral("name"), t.name},
                        {QStringLiteral("size"), t.size},
                        {QStringLiteral("sha256"), t.sha256}};
    if (piece->attachment)
        details.insert(QStringLiteral("before"),
                       QJsonObject{{QStringLiteral("name"), piece->attachment->name},
                                   {QStringLiteral("sha256"), piece->attachment->sha256}});
    audit(applicationId, QStringLiteral("attach"), details);
    tx.commit();
    return id;
}

std::optional<Attachment> ApplicationService::attachment(qint64 applicationId, PieceKind kind) const
{
    const std::optional<Application> app = find(applicationId);
    if (!app || !app->piece(kind))
        return std::nullopt;
    return ApplicationStore(StoreAccess::of(m_reg)).attachment(app->piece(kind)->id);
}

std::optional<Right> ApplicationService::renewalTarget(const Application& application) const
{
    const CompanyRights held = RightStore(StoreAccess::of(m_reg)).ofCompany(application.companyId);
    const QVector<Right> candidates = application.kind == RightKind::Authorization
                                          ? held.authorizations
                                          : held.ofTier(application.kind);
    std::optional<Right> target;
    for (const Right& r : candidates) // ordered by valid_from
        if (RightTimeline(r).revokedFrom().isNull())
            target = r;
    return target;
}

ApplicationDecision ApplicationService::withDefaults(ApplicationDecision d) const
{
    d.reference = d.reference.trimmed();
    d.reason = d.reason.trimmed();
    if (!d.decisionDate.isValid())
        d.decisionDate = m_reg.today();
    return d;
}

Check ApplicationService::wouldDecide(qint64 applicationId,
                                      const ApplicationDecision& decision) const
{
    std::optional<Application> app;
    if (const Check open = openApplication(applicationId, app); !open)
        return open;
    return wouldDecide(*app, decision);
}

Check ApplicationService::wouldDecide(const Application& app, ApplicationDecision d) const
{
    d = withDefaults(d);
    if (d.reference.isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("decision"),
                       tr("The decision reference is required.")};
    if (!d.grant) {
        if (d.reason.isEmpty())
            return Refusal{Rule::ReasonRequired, QStringLiteral("reason"),
                           tr("A refusal must state its reason.")};
        return Done{};
    }
    if (const Check complete = DossierRules::checkComplete(app, d.decisionDate); !complete)
        return complete;
    if (!app.renewal) {
        GrantRules::GrantRequest request{app.kind, d.reference, d.decisionDate, d.validFrom, d.end};
        return m_reg.rights().wouldGrant(app.companyId, request);
    }
    const std::optional<Right> target = renewalTarget(app);
    if (!target)
        return Refusal{
            Rule::InvalidTransition, QString(),
            tr("The company holds no %1 that could be renewed.").arg(Names::label(app.kind))};
    GrantRules::DecisionRequest request;
    request.type = DecisionType::Renew;
    request.reference = d.reference;
    request.effective = d.validFrom.isValid() ? d.validFrom : d.decisionDate;
    request.validUntil = renewalEnd(d);
    return m_reg.rights().wouldDecide(target->id, request);
}

Outcome<ApplicationOutcome> ApplicationService::decide(qint64 applicationId,
                                                       const ApplicationDecision& raw) const
{
    Transaction tx(StoreAccess::of(m_reg));
    Outcome<ApplicationOutcome> decided = decideWithin(tx, applicationId, raw);
    if (decided)
        tx.commit();
    return decided;
}

Outcome<ApplicationOutcome> ApplicationService::decideWithin(const Transaction& tx,
                                                             qint64 applicationId,
                                                             const ApplicationDecision& raw) const
{
    if (auto refusal = DecisionService::directDecisionProblem(m_reg))
        return *refusal;
    const ApplicationDecision d = withDefaults(raw);
    std::optional<Application> app;
    if (const Check open = openApplication(applicationId, app); !open)
        return open.refusal();
    if (const Check allowed = wouldDecide(*app, d); !allowed)
        return allowed.refusal();

    ApplicationOutcome outcome;
    Application closed = *app;
    closed.decisionReference = d.reference;
    closed.decidedOn = d.decisionDate;
    QJsonObject details{{QStringLiteral("decision"), d.reference},
                        {QStringLiteral("decision_date"), iso(d.decisionDate)}};
    if (d.grant) {
        const RightService rights = m_reg.rights();
        if (!app->renewal) {
            const Outcome<Granted> granted =
                rights.grantWithin(tx, app->companyId,
                                   GrantRules::GrantRequest{app->kind, d.reference, d.decisionDate,
                                                            d.validFrom, d.end});
            if (!granted)
                return granted.refusal();
            outcome.rightId = granted.value().id;
            outcome.number = granted.value().number;
        } else {
            const Right target = *renewalTarget(*app);
            GrantRules::DecisionRequest request;
            request.type = DecisionType::Renew;
            request.reference = d.reference;
            request.effective = d.validFrom.isValid() ? d.validFrom : d.decisionDate;
            request.validUntil = renewalEnd(d);
            const Outcome<qint64> renewed = rights.decideWithin(tx, target.id, request);
            if (!renewed)
                return renewed.refusal();
            outcome.rightId = target.id;
            outcome.number = target.number;
        }
        outcome.status = ApplicationStatus::Granted;
        closed.rightId = outcome.rightId;
        details.insert(QStringLiteral("right_id"), outcome.rightId);
        details.insert(QStringLiteral("number"), outcome.number);
        details.insert(QStringLiteral("valid_from"), JsonExport::date(d.validFrom));
        const QDate validUntil =
            app->renewal ? renewalEnd(d)
                         : d.end.resolve(d.validFrom, m_reg.settings().defaultTermMonths);
        details.insert(QStringLiteral("valid_until"), JsonExport::date(validUntil));
    } else {
        outcome.status = ApplicationStatus::Refused;
        closed.reason = d.reason;
        details.insert(QStringLiteral("reason"), d.reason);
    }
    closed.status = outcome.status;
    ApplicationStore(StoreAccess::of(m_reg)).close(closed);
    audit(applicationId, d.grant ? QStringLiteral("grant") : QStringLiteral("refuse"), details);
    return outcome;
}

Check ApplicationService::withdraw(qint64 applicationId, const QString& reason) const
{
    if (auto refusal = m_reg.require(Action::FileApplications))
        return *refusal;
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Application> app;
    if (const Check open = openApplication(applicationId, app); !open)
        return open;
    Application closed = *app;
    closed.status = ApplicationStatus::Withdrawn;
    closed.decidedOn = m_reg.today();
    closed.reason = reason.trimmed();
    ApplicationStore(StoreAccess::of(m_reg)).close(closed);
    QJsonObject details{{QStringLiteral("date"), iso(closed.decidedOn)}};
    if (!closed.reason.isEmpty())
        details.insert(QStringLiteral("reason"), closed.reason);
    audit(applicationId, QStringLiteral("withdraw"), details);
    tx.commit();
    return Done{};
}

std::optional<Application> ApplicationService::find(qint64 id) const
{
    return ApplicationStore(StoreAccess::of(m_reg)).find(id);
}

QVector<Application> ApplicationService::list(const ApplicationQuery& query) const
{
    const QDate on = query.on.isValid() ? query.on : m_reg.today();
    ApplicationStore::Filter filter;
    filter.openOnly = query.openOnly || query.overdueOnly;
    filter.companyId = query.companyId;
    if (query.overdueOnly)
        filter.deadlineBy = on.addDays(-1);
    return ApplicationStore(StoreAccess::of(m_reg)).list(filter);
}

QVector<Application> ApplicationService::dueWithin(QDate on, int days) const
{
    ApplicationStore::Filter filter;
    filter.deadlineBy = on.addDays(days);
    return ApplicationStore(StoreAccess::of(m_reg)).list(filter);
}

} // namespace cinereg
