#include "CertificateService.h"

#include "../Effectiveness.h"
#include "../NumberFormat.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../Standing.h"
#include "../store/AuditLog.h"
#include "../store/CertificateStore.h"
#include "../store/CompanyStore.h"
#include "../store/Numbering.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "EffectivenessRules.h"
#include "Letterhead.h"
#include "Names.h"
#include "SigningKey.h"
#include "SigningKeyRegistry.h"

#include <algorithm>
#include <QLocale>

namespace cinereg {

QString Verification::statusCode(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return QStringLiteral("valid");
    case CertificateStatus::Suspended:
        return QStringLiteral("suspended");
    case CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case CertificateStatus::Expired:
        return QStringLiteral("expired");
    case CertificateStatus::Unknown:
        return QStringLiteral("unknown");
    case CertificateStatus::Forged:
        break;
    }
    return QStringLiteral("forged");
}

QString Verification::statusLabel(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return CertificateService::tr("valid");
    case CertificateStatus::Suspended:
        return CertificateService::tr("suspended");
    case CertificateStatus::Revoked:
        return CertificateService::tr("revoked");
    case CertificateStatus::Expired:
        return CertificateService::tr("expired");
    case CertificateStatus::Unknown:
        return CertificateService::tr("unknown");
    case CertificateStatus::Forged:
        break;
    }
    return CertificateService::tr("forged");
}

Check CertificateService::wouldIssue(qint64 accreditationId) const
{
    RightStore rights(StoreAccess::of(m_reg));
    const std::optional<Right> right = rights.find(accreditationId);
    if (!right || !right->isAccreditation())
        return Refusal{Rule::NotFound, QStringLiteral("accreditation"),
                       tr("No accreditation #%1.").arg(accreditationId)};
    return checkEffective(*right, rights.ofCompany(right->companyId).authorizations);
}

QVector<CertificateService::Certifiable> CertificateService::certifiableOf(qint64 companyId) const
{
    const CompanyRights held = RightStore(StoreAccess::of(m_reg)).ofCompany(companyId);
    QVector<Certifiable> out;
    for (const Right& a : held.accreditations)
        out.append({a, checkEffective(a, held.authorizations)});
    return out;
}

Check CertificateService::checkEffective(const Right& accreditation,
                                         const QVector<Right>& authorizations) const
{
    const QDate today = m_reg.today();
    const Effectiveness e = EffectivenessRules::on(accreditation, authorizations, today);
    if (e.effective)
        return Done{};
    const QString why = QStringLiteral("%1 — %2").arg(
        accreditation.number, StandingRules::of(accreditation, authorizations, today).text());
    return Refusal{Rule::NotEffective, QStringLiteral("accreditation"),
                   tr("A certificate is issued only for an accreditation effective on the issue "
                      "date: %1.")
                       .arg(why)};
}

QString CertificateService::allocateNumber(const Transaction& tx, RightKind tier,
                                           const Settings& settings, Reserved& reserved) const
{
    const int year = m_reg.today().year();
    const Numbering::Number number = Numbering(tx).next(
        NumberSeries::certificates(tier, year, settings.certificateNumberFormat(tier)));
    auto range = std::find_if(reserved.begin(), reserved.end(), [&](const Reservation& r) {
        return r.tier == tier && r.year == year;
    });
    if (range == reserved.end())
        reserved.append({tier, year, number.seq, number.seq});
    else
        range->last = number.seq;
    return number.text;
}

void CertificateService::release(const Reserved& reserved, const Settings& settings) const
{
    if (reserved.isEmpty())
        return;
    retryingConflicts([&] {
        Transaction tx(StoreAccess::of(m_reg));
        const Numbering numbering(tx);
        for (const Reservation& r : reserved)
            numbering.release(NumberSeries::certificates(r.tier, r.year,
                                                         settings.certificateNumberFormat(r.tier)),
                              r.first, r.last);
        tx.commit();
    });
}

Outcome<QVector<CertificateService::Prepared>>
CertificateService::prepare(const QVector<qint64>& ids, const Settings& settings) const
{
    if (ids.isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("accreditation"),
                       tr("No accreditation to certify.")};
    RightStore rights(StoreAccess::of(m_reg));
    CompanyStore companies(StoreAccess::of(m_reg));
    CertificateStore store(StoreAccess::of(m_reg));
    QVector<Prepared> batch;
    batch.reserve(ids.size());
    for (qint64 accreditationId : ids) {
        const std::optional<Right> found = rights.find(accreditationId);
        if (!found || !found->isAccreditation())
            return Refusal{Rule::NotFound, QStringLiteral("accreditation"),
                           tr("No accreditation #%1.").arg(accreditationId)};
        const Right& right = *found;
        const Check allowed =
            checkEffective(right, rights.ofCompany(right.companyId).authorizations);
        if (!allowed)
            return allowed.refusal();
        const Company company = *companies.find(right.companyId);
        const RightTimeline timeline(right);

        CertificateContent c;
        c.tier = right.kind;
        c.accreditationNumber = right.number;
        c.holderName = company.name;
        c.holderNameAr = company.nameAr;
        c.legalForm = company.legalForm;
        c.address = company.address;
        c.city = company.city;
        c.rcNumber = company.rcNumber;
        c.rcCourt = company.rcCourt;
        c.ice = company.ice;
        c.manager = company.manager;
        // The decision that set the validity in force: the grant or the latest renewal.
        const Decision* basis = &right.grant();
        for (const Decision& d : right.history)
            if (d.type == DecisionType::Renew && d.effective <= m_reg.today())
                basis = &d;
        c.decisionReference = basis->reference;
        c.decisionDate = basis->decisionDate;
        c.validFrom = right.validFrom;
        c.validUntil = timeline.validUntilOn(m_reg.today());
        c.place = settings.certificatePlace;
        c.placeAr = settings.certificatePlaceAr;
        c.issuedOn = m_reg.today();

        Prepared p{accreditationId, 0, c};
        if (const auto existing = store.sameContent(accreditationId, c.contentKey())) {
            p.id = existing->issued.id;
            p.content = existing->content;
            p.content.duplicate = existing->issued.prints > 0;
        }
        batch.append(p);
    }
    return batch;
}

CertificateService::Reserved CertificateService::allocateAndSign(QVector<Prepared>& batch,
                                                                 const SigningKey& key,
                                                                 const Settings& settings) const
{
    Reserved reserved;
    for (int start = 0; start < batch.size(); start += RecordGroup) {
        const int end = std::min<int>(start + RecordGroup, batch.size());
        const Reserved before = reserved;
        retryingConflicts(
            [&] {
                Transaction tx(StoreAccess::of(m_reg));
                for (int i = start; i < end; ++i)
                    if (batch[i].id == 0)
                        batch[i].content.number =
                            allocateNumber(tx, batch[i].content.tier, settings, reserved);
                tx.commit();
            },
            [&] { reserved = before; }); // the numbers are allocated again
    }
    for (Prepared& p : batch) { // signing needs no lock
        if (p.id != 0)
            continue;
        CertificateContent& c = p.content;
        VerificationCode code;
        code.number = c.number;
        code.ice = c.ice;
        code.tier = c.tier;
        code.validFrom = c.validFrom;
        code.validUntil = c.validUntil;
        code.issuedOn = c.issuedOn;
        code.keyId = key.keyId();
        code.signature = key.sign(code.message());
        c.code = code.encode();
    }
    return reserved;
}

void CertificateService::record(QVector<Prepared>& batch, const QString& keyId) const
{
    const CertificateStore::DurableWrites durable(StoreAccess::of(m_reg));
    for (int start = 0; start < batch.size(); start += RecordGroup) {
        const int end = std::min<int>(start + RecordGroup, batch.size());
        QVector<int> toRecord;
        for (int i = start; i < end; ++i)
            if (batch[i].id == 0)
                toRecord.append(i);
        retryingConflicts([&] { recordGroup(batch, toRecord, keyId); },
                          [&] {
                              for (int i : toRecord)
                                  batch[i].id = 0;
                          });
    }
}

void CertificateService::recordGroup(QVector<Prepared>& batch, const QVector<int>& group,
                                     const QString& keyId) const
{
    CertificateStore store(StoreAccess::of(m_reg));
    {
        Transaction tx(StoreAccess::of(m_reg));
        const QDateTime now = m_reg.clock().now();
        for (int i : group) {
            Prepared& p = batch[i];
            if (p.id != 0)
                continue;
            const CertificateContent& c = p.content;
            p.id = store.insert(p.accreditationId, c, keyId, m_reg.user(), now);
            AuditLog(StoreAccess::of(m_reg))
                .append({0, now, m_reg.user(), QStringLiteral("certificate"), p.id,
                         QStringLiteral("issue"),
                         QJsonObject{{QStringLiteral("number"), c.number},
                                     {QStringLiteral("accreditation"), c.accreditationNumber},
                                     {QStringLiteral("fingerprint"), c.fingerprint()},
                                     {QStringLiteral("key_id"), keyId}}});
        }
        tx.commit();
    }
}

Outcome<QVector<CertificateContent>> CertificateService::issue(const QVector<qint64>& ids,
                                                               const Output& render,
                                                               const Deliver& deliver) const
{
    const Settings settings = m_reg.settings(); // read once for the whole batch
    const Outcome<SigningKey> key = SigningKeyRegistry(m_reg).forIssuing(settings);
    if (!key)
        return key.refusal();
    Outcome<QVector<Prepared>> prepared = prepare(ids, settings);
    if (!prepared)
        return prepared.refusal();
    QVector<Prepared>& batch = prepared.value();
    const Reserved reserved = allocateAndSign(batch, key.value(), settings);
    QVector<CertificateContent> contents;
    contents.reserve(batch.size());
    for (const Prepared& p : batch) {
        contents.append(p.content);
        contents.back().verificationUrl = settings.verificationUrl;
    }
    if (render && !render(contents)) {
        release(reserved, settings);
        return Refusal{Rule::InvalidField, QStringLiteral("output"),
                       tr("The certificates were not printed; nothing was recorded.")};
    }
    record(batch, key.value().keyId());
    if (!render)
        return contents;
    if (deliver && !deliver())
        return Refusal{Rule::InvalidField, QStringLiteral("output"),
                       tr("The file could not be written; the certificates are recorded but "
                          "not printed.")};
    recordPrints(batch);
    return contents;
}

Outcome<QVector<CertificateContent>> CertificateService::preview(const QVector<qint64>& ids) const
{
    const Outcome<QVector<Prepared>> prepared = prepare(ids, m_reg.settings());
    if (!prepared)
        return prepared.refusal();
    QVector<CertificateContent> contents;
    for (Prepared p : prepared.value()) {
        p.content.preview = true;
        p.content.number.clear();
        p.content.code.clear();
        contents.append(p.content);
    }
    return contents;
}

void CertificateService::recordPrints(const QVector<Prepared>& batch) const
{
    const CertificateStore::DurableWrites durable(StoreAccess::of(m_reg));
    CertificateStore store(StoreAccess::of(m_reg));
    for (int start = 0; start < batch.size(); start += RecordGroup) {
        retryingConflicts([&] {
            Transaction tx(StoreAccess::of(m_reg));
            const QDateTime now = m_reg.clock().now();
            for (int i = start; i < std::min<int>(start + RecordGroup, batch.size()); ++i) {
                const Prepared& p = batch[i];
                store.recordPrint(p.id, p.content.duplicate, m_reg.user(), now);
                AuditLog(StoreAccess::of(m_reg))
                    .append(
                        {0, now, m_reg.user(), QStringLiteral("certificate"), p.id,
                         p.content.duplicate ? QStringLiteral("reprint") : QStringLiteral("print"),
                         QJsonObject{{QStringLiteral("number"), p.content.number}}});
            }
            tx.commit();
        });
    }
}

CertificateRenderer::Options CertificateService::pageOptions() const
{
    CertificateRenderer::Options options;
    options.verificationUrl = m_reg.settings().verificationUrl;
    options.letterhead = Letterhead(m_reg).image();
    return options;
}

QVector<qint64>
CertificateService::effectiveAccreditations(std::optional<RightKind> tier, QDate on,
                                            const QVector<qint64>& ofCompanies) const
{
    RightStore rights(StoreAccess::of(m_reg));
    QVector<qint64> companies = ofCompanies;
    if (companies.isEmpty())
        for (RightKind kind : {RightKind::National, RightKind::International})
            if (!tier || *tier == kind)
                companies += rights.companiesHolding(kind, on);
    std::sort(companies.begin(), companies.end());
    companies.erase(std::unique(companies.begin(), companies.end()), companies.end());
    QVector<Right> effective;
    const QHash<qint64, CompanyRights> held = rights.ofCompanies(companies);
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        for (const Right& a : it->accreditations)
            if ((!tier || a.kind == *tier) &&
                EffectivenessRules::on(a, it->authorizations, on).effective)
                effective.append(a);
    std::sort(effective.begin(), effective.end(),
              [](const Right& a, const Right& b) { return a.number < b.number; });
    QVector<qint64> ids;
    for (const Right& a : effective)
        ids.append(a.id);
    return ids;
}

Verification CertificateService::verify(const QString& text) const
{
    Verification v;
    v.code = VerificationCode::decode(text);
    if (!v.code) {
        v.status = CertificateStatus::Forged;
        v.reason = tr("This is not a readable certificate verification code.");
        return v;
    }
    CertificateStore store(StoreAccess::of(m_reg));
    const std::optional<QByteArray> publicKey = store.registeredPublicKey(v.code->keyId);
    if (!publicKey) {
        v.status = CertificateStatus::Unknown;
        v.reason = tr("The code is signed with key %1, which is not registered in this register.")
                       .arg(v.code->keyId);
        return v;
    }
    if (!SigningKey::verify(v.code->message(), v.code->signature, *publicKey)) {
        v.status = CertificateStatus::Forged;
        v.reason = tr("The signature does not match the printed fields: the code was altered or "
                      "forged.");
        return v;
    }
    const auto entry = store.byNumber(v.code->number);
    if (!entry) {
        v.status = CertificateStatus::Unknown;
        v.reason = tr("The signature is genuine but certificate %1 is not in this register.")
                       .arg(v.code->number);
        return v;
    }
    v.held = entry->content;
    if (entry->content.code != v.code->encode()) {
        v.status = CertificateStatus::Forged;
        v.reason = tr("Certificate %1 was issued with other fields than those of this code.")
                       .arg(v.code->number);
        return v;
    }
    RightStore rights(StoreAccess::of(m_reg));
    const std::optional<Right> right = rights.find(entry->issued.accreditationId);
    const CertificateStanding standing =
        CertificateStanding::of(*right, rights.ofCompany(right->companyId).authorizations,
                                v.code->validUntil, m_reg.today());
    v.status = standing.status;
    v.reason = standing.reason;
    return v;
}

QVector<CertificateRecord> CertificateService::ofCompany(qint64 companyId) const
{
    return CertificateStore(StoreAccess::of(m_reg)).ofCompany(companyId);
}

QStringList CertificateService::integrityFindings() const
{
    QStringList out = SigningKeyRegistry(m_reg).integrityFindings();
    CertificateStore store(StoreAccess::of(m_reg));
    for (const CertificateRecord& e : store.all()) {
        if (e.content.fingerprint() != e.issued.fingerprint || e.content.code != e.issued.code) {
            out.append(tr("Certificate %1: its recorded content no longer matches its "
                          "fingerprint.")
                           .arg(e.issued.number));
            continue;
        }
        const auto code = VerificationCode::decode(e.issued.code);
        const auto key = store.publicKey(e.issued.keyId);
        if (!code || !key || !SigningKey::verify(code->message(), code->signature, *key))
            out.append(
                tr("Certificate %1: its verification code does not verify.").arg(e.issued.number));
    }
    return out;
}

} // namespace cinereg
