#include "ExportService.h"

#include "../RightTimeline.h"
#include "../services/CompanyService.h"
#include "../services/Register.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "CsvWriter.h"
#include "Names.h"
#include "XlsxWriter.h"

namespace cinereg {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString statusCode(const std::optional<RightStatus>& status)
{
    return status ? Names::code(*status) : QString();
}

const Decision* lastOfType(const Right& right, DecisionType type, QDate onOrBefore)
{
    const Decision* found = nullptr;
    for (const Decision& d : right.history)
        if (d.type == type && (!onOrBefore.isValid() || d.effective <= onOrBefore))
            found = &d;
    return found;
}

} // namespace

QStringList ExportService::companyHeader()
{
    return {QStringLiteral("name"),
            QStringLiteral("name_ar"),
            QStringLiteral("legal_form"),
            QStringLiteral("rc"),
            QStringLiteral("rc_court"),
            QStringLiteral("ice"),
            QStringLiteral("ice_key_confirmed"),
            QStringLiteral("if"),
            QStringLiteral("cnss"),
            QStringLiteral("capital"),
            QStringLiteral("address"),
            QStringLiteral("city"),
            QStringLiteral("manager"),
            QStringLiteral("manager_id"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("member_of"),
            QStringLiteral("on"),
            QStringLiteral("authorization"),
            QStringLiteral("national"),
            QStringLiteral("international")};
}

QStringList ExportService::rightHeader()
{
    return {
        QStringLiteral("ice"),    QStringLiteral("company"),  QStringLiteral("right"),
        QStringLiteral("number"), QStringLiteral("decision"), QStringLiteral("decision_date"),
        QStringLiteral("from"),   QStringLiteral("until"),    QStringLiteral("status"),
        QStringLiteral("since"),  QStringLiteral("reason"),   QStringLiteral("status_decision")};
}

QVector<QStringList> ExportService::companyRows(const CompanyExportQuery& query) const
{
    const QDate on = query.on.isValid() ? query.on : m_reg.today();
    CompanyListQuery list;
    list.on = on;
    list.tier = query.tier;
    list.filter.body = query.body;
    list.filter.order = CompanyFilter::Order::Name;
    const QVector<CompanyListEntry> entries = m_reg.companies().list(list);
    QVector<qint64> ids;
    ids.reserve(entries.size());
    for (const CompanyListEntry& entry : entries)
        ids.append(entry.company.id);
    // Every full record in two scans, not two lookups per company.
    const QHash<qint64, Company> records = CompanyStore(StoreAccess::of(m_reg)).records(ids);
    QVector<QStringList> rows;
    rows.reserve(entries.size());
    for (const CompanyListEntry& entry : entries) {
        const auto c = records.constFind(entry.company.id);
        if (c == records.constEnd())
            continue;
        QStringList bodies;
        for (const Membership& m : c->memberships)
            bodies.append(m.since.isValid() ? m.body + u':' + iso(m.since) : m.body);
        rows.append({c->name,
                     c->nameAr,
                     c->legalForm,
                     c->rcNumber,
                     c->rcCourt,
                     c->ice,
                     c->iceKeyConfirmed ? QStringLiteral("yes") : QString(),
                     c->taxId,
                     c->cnss,
                     c->capital ? QString::number(*c->capital) : QString(),
                     c->address,
                     c->city,
                     c->manager,
                     c->managerId,
                     c->email,
                     c->phone,
                     bodies.join(u'|'),
                     iso(on),
                     statusCode(entry.standing.of(RightKind::Authorization)),
                     statusCode(entry.standing.of(RightKind::National)),
                     statusCode(entry.standing.of(RightKind::International))});
    }
    return rows;
}

QVector<QStringList> ExportService::rightRows(QDate on) const
{
    if (!on.isValid())
        on = m_reg.today();
    const QVector<CompanyListEntry> companies = m_reg.companies().list(CompanyListQuery{});
    QVector<qint64> ids;
    ids.reserve(companies.size());
    for (const CompanyListEntry& e : companies)
        ids.append(e.company.id);
    const QHash<qint64, CompanyRights> held = RightStore(StoreAccess::of(m_reg)).ofCompanies(ids);

    // Authorizations first, then each tier: importing the file in order satisfies rule 2.
    QVector<QStringList> rows;
    for (const RightKind kind :
         {RightKind::Authorization, RightKind::National, RightKind::International}) {
        for (const CompanyListEntry& e : companies) {
            const CompanyRights rights = held.value(e.company.id);
            const QVector<Right> ofKind =
                kind == RightKind::Authorization ? rights.authorizations : rights.ofTier(kind);
            for (const Right& r : ofKind) {
                const RightTimeline timeline(r);
                QString status = Names::code(timeline.statusOn(on));
                QString since, reason, reference;
                if (timeline.revokedFrom().isValid()) {
                    const Decision* d = lastOfType(r, DecisionType::Revoke, {});
                    status = Names::code(RightStatus::Revoked);
                    since = iso(d->effective);
                    reason = d->reason;
                    reference = d->reference;
                } else if (timeline.statusOn(on) == RightStatus::Suspended) {
                    if (const Decision* d = lastOfType(r, DecisionType::Suspend, on)) {
                        since = iso(d->effective);
                        reason = d->reason;
                        reference = d->reference;
                    }
                }
                rows.append({e.company.ice, e.company.name, Names::code(r.kind), r.number,
                             r.grant().reference, iso(r.grant().decisionDate), iso(r.validFrom),
                             iso(timeline.finalValidUntil()), status, since, reason, reference});
            }
        }
    }
    return rows;
}

Check ExportService::writeSheet(const QString& path, const QStringList& header,
                                const QVector<QStringList>& rows, bool rightToLeft)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return XlsxWriter::write(path, header, rows, rightToLeft);
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return CsvWriter::write(path, header, rows);
    return Refusal{Rule::InvalidField, QStringLiteral("file"),
                   tr("The file name must end in .csv or .xlsx.")};
}

Outcome<int> ExportService::exportCompanies(const QString& path, const CompanyExportQuery& query,
                                            bool rightToLeft) const
{
    const QVector<QStringList> rows = companyRows(query);
    const Check written = writeSheet(path, companyHeader(), rows, rightToLeft);
    if (!written)
        return written.refusal();
    return int(rows.size());
}

Outcome<int> ExportService::exportRights(const QString& path, QDate on, bool rightToLeft) const
{
    const QVector<QStringList> rows = rightRows(on);
    const Check written = writeSheet(path, rightHeader(), rows, rightToLeft);
    if (!written)
        return written.refusal();
    return int(rows.size());
}

} // namespace cinereg
