#include "IntegrityService.h"

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
#include "EffectivenessRules.h"
#include "HeadSigning.h"
#include "Register.h"

#include <QSqlQuery>

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
    const Database& db = m_reg.database();
    return storageFindings() + SchemaConformity(db).findings() + AuditLog(db).verifyChain() +
           RegisterSeal(db).findings() + HeadSigning::findings(m_reg) + HeadWitness::findings(db) +
           ruleFindings() + CertificateService(m_reg).integrityFindings();
}

QStringList IntegrityService::storageFindings() const
{
    QStringList out;
    QSqlQuery integrity = m_reg.database().run(QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            out.append(tr("File integrity: %1").arg(line));
    }
    QSqlQuery keys = m_reg.database().run(QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.next())
        out.append(
            tr("Table %1, row %2 refers to a missing %3 record.")
                .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString()));
    for (qint64 id : ApplicationStore(m_reg.database()).damagedAttachments())
        out.append(tr("Attached file %1 no longer matches its recorded size and SHA-256.").arg(id));
    return out;
}

QStringList IntegrityService::ruleFindings() const
{
    QStringList out;
    RightStore rights(m_reg.database());
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
    for (qint64 company : StandingStore(m_reg.database()).mismatches())
        out.append(tr("Company #%1: the stored standing periods differ from its history (the "
                      "eligibility index is stale or was edited).")
                       .arg(company));
    return out;
}

} // namespace cinereg
