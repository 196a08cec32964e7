#include "IntegrityService.h"

#include "../accounts/AccountIntegrity.h"
#include "../certificates/CertificateService.h"
#include "../Effectiveness.h"
#include "../RightTimeline.h"
#include "../store/ApplicationStore.h"
#include "../store/AuditLog.h"
#include "../store/HeadWitness.h"
#include "../store/RegisterSeal.h"
#include "../store/RightStore.h"
#include "../store/SchemaConformity.h"
#include "../store/StandingStore.h"
#include "../store/StorageSelfCheck.h"
#include "../store/StoreAccess.h"
#include "../store/YearlyCountsStore.h"
#include "EffectivenessRules.h"
#include "HeadSigning.h"
#include "Register.h"

namespace cinereg {

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

void checkOverlaps(const QVector<Right>& rights, QStringList& findings)
{
    for (int i = 0; i < rights.size(); ++i)
        for (int j = i + 1; j < rights.size(); ++j) {
            const Right& a = rights[i];
            const Right& b = rights[j];
            if (a.kind != b.kind)
                continue;
            const QDate bLast = RightTimeline(b).lastDay();
            const bool bEverInForce = !bLast.isValid() || bLast >= b.validFrom;
            if (bEverInForce && RightTimeline(a).spanOverlaps(b.validFrom, bLast))
                findings.append(IntegrityService::tr("%1 and %2 overlap in time (rules 1 and 3).")
                                    .arg(a.number, b.number));
        }
}
} // namespace

QStringList IntegrityService::findings() const
{
    const Database& db = StoreAccess::of(m_reg);
    return storageFindings() + SchemaConformity(db).findings() + AuditLog(db).verifyChain() +
           RegisterSeal(db).findings() + HeadSigning::findings(m_reg) + HeadWitness::findings(db) +
           ruleFindings() + CertificateService(m_reg).integrityFindings() +
           AccountIntegrity(m_reg).findings();
}

QVector<AuditEntry> IntegrityService::auditTrail(const QString& entity, qint64 entityId) const
{
    return AuditLog(StoreAccess::of(m_reg)).list(entity, entityId);
}

QStringList IntegrityService::storageFindings() const
{
    QStringList out;
    for (const StorageSelfCheck::Finding& f : StorageSelfCheck(StoreAccess::of(m_reg)).run()) {
        if (f.kind == StorageSelfCheck::Finding::Damage)
            out.append(tr("File integrity: %1").arg(f.detail));
        else
            out.append(tr("Table %1, row %2 refers to a missing %3 record.")
                           .arg(f.table, f.row, f.referenced));
    }
    for (qint64 id : ApplicationStore(StoreAccess::of(m_reg)).damagedAttachments())
        out.append(tr("Attached file %1 no longer matches its recorded size and SHA-256.").arg(id));
    return out;
}

QStringList IntegrityService::ruleFindings() const
{
    QStringList out;
    RightStore rights(StoreAccess::of(m_reg));
    const QHash<qint64, CompanyRights> all = rights.ofCompanies(rights.allCompanyIdsWithRights());
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const CompanyRights& held = it.value();
        checkOverlaps(held.authorizations, out);
        checkOverlaps(held.accreditations, out);
        for (const Right& r : held.authorizations + held.accreditations) {
            if (r.history.isEmpty() || r.grant().type != DecisionType::Grant)
                out.append(tr("%1 has no grant decision first.").arg(r.number));
            const QDate revoked = RightTimeline(r).revokedFrom();
            for (const Decision& d : r.history)
                if (revoked.isValid() && d.type != DecisionType::Revoke && d.effective > revoked)
                    out.append(
                        tr("%1 has a decision after its revocation (rule 5).").arg(r.number));
        }
        for (const Right& a : held.accreditations) {
            const auto status =
                EffectivenessRules::authorizationStatusOn(held.authorizations, a.validFrom);
            if (!status || *status != RightStatus::Active)
                out.append(tr("%1 starts on %2 without an active authorization (rule 2).")
                               .arg(a.number, iso(a.validFrom)));
        }
    }
    // The indexed standing periods must say what the rules say from the histories: a row
    // edited or deleted by hand would make eligibility and tier lists lie.
    for (qint64 company : StandingStore(StoreAccess::of(m_reg)).mismatches())
        out.append(tr("Company #%1: the stored standing periods differ from its history (the "
                      "eligibility index is stale or was edited).")
                       .arg(company));
    // So must the statistics' yearly counts, which the figures read instead of every row.
    for (const YearlyCountsStore::Mismatch& m :
         YearlyCountsStore(StoreAccess::of(m_reg)).mismatches())
        out.append(tr("The statistics' count of %1 for %2 is %3 but the register holds %4 (the "
                      "yearly counts are stale or were edited).")
                       .arg(m.event)
                       .arg(m.year)
                       .arg(m.stored)
                       .arg(m.computed));
    return out;
}

} // namespace cinereg
