#include "CertificateService.h"

#include "../Effectiveness.h"
#include "../NumberFormat.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../Standing.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "SigningKey.h"

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

namespace {
QString isoText(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Check CertificateService::wouldIssue(qint64 accreditationId) const
{
    RightStore rights(m_reg.database());
    const std::optional<Right> right = rights.find(accreditationId);
    if (!right || !right->isAccreditation())
        return Refusal{Rule::NotFound, QStringLiteral("accreditation"),
                       tr("No accreditation #%1.").arg(accreditationId)};
    return checkEffective(*right, rights.ofCompany(right->companyId).authorizations);
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

QString CertificateService::allocateNumber(RightKind tier, const Settings& settings) const
{
    const QString format = settings.certificateNumberFormat(tier);
    const QString year = QString::number(m_reg.today().year());
    CertificateStore store(m_reg.database());
    Counters counters(m_reg.database());
    for (;;) {
        const int seq =
            counters.next(QStringLiteral("certificate:%1:%2").arg(Names::code(tier), year));
        QString number = formatNumber(format, m_reg.today().year(), seq);
        number.remove(QLatin1Char(':')); // the code's separator
        if (!store.numberExists(number))
            return number;
    }
}

Outcome<CertificateService::Prepared> CertificateService::prepare(qint64 accreditationId,
                                                                  const SigningKey& key,
                                                                  const Settings& settings) const
{
    RightStore rights(m_reg.database());
    const std::optional<Right> found = rights.find(accreditationId);
    if (!found || !found->isAccreditation())
        return Refusal{Rule::NotFound, QStringLiteral("accreditation"),
                       tr("No accreditation #%1.").arg(accreditationId)};
    const Right& right = *found;
    const Check allowed = checkEffective(right, rights.ofCompany(right.companyId).authorizations);
    if (!allowed)
        return allowed.refusal();
    const Company company = *CompanyStore(m_reg.database()).find(right.companyId);
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

    CertificateStore store(m_reg.database());
    if (const auto existing = store.sameContent(accreditationId, c.contentKey())) {
        CertificateContent again = existing->content;
        again.duplicate = existing->issued.prints > 0;
        return Prepared{existing->issued.id, again};
    }
    c.number = allocateNumber(right.kind, settings);
    c.issuedOn = m_reg.today();
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

    const QDateTime now = m_reg.clock().now();
    const qint64 id = store.insert(accreditationId, c, key.keyId(), m_reg.user(), now);
    AuditLog(m_reg.database())
        .append({0, now, m_reg.user(), QStringLiteral("certificate"), id, QStringLiteral("issue"),
                 QJsonObject{{QStringLiteral("number"), c.number},
                             {QStringLiteral("accreditation"), right.number},
                             {QStringLiteral("fingerprint"), c.fingerprint()},
                             {QStringLiteral("key_id"), key.keyId()}}});
    return Prepared{id, c};
}

Outcome<QVector<CertificateContent>> CertificateService::issue(const QVector<qint64>& ids,
                                                               const Output& output) const
{
    if (ids.isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("accreditation"),
                       tr("No accreditation to certify.")};
    const Settings settings = m_reg.settings(); // read once for the whole batch
    const Outcome<SigningKey> key = SigningKey::loadOrCreate(settings.signingKeyPath);
    if (!key)
        return key.refusal();
    Transaction tx(m_reg.database());
    CertificateStore store(m_reg.database());
    const QDateTime now = m_reg.clock().now();
    store.addKey(key.value().keyId(), key.value().publicKey(), m_reg.user(), now);
    QVector<qint64> certificateIds;
    QVector<CertificateContent> contents;
    certificateIds.reserve(ids.size());
    contents.reserve(ids.size());
    for (qint64 id : ids) {
        Outcome<Prepared> one = prepare(id, key.value(), settings);
        if (!one)
            return one.refusal();
        certificateIds.append(one.value().id);
        contents.append(one.value().content);
        contents.back().verificationUrl = settings.verificationUrl;
    }
    if (!output) {
        tx.commit();
        return contents;
    }
    if (!output(contents))
        return Refusal{Rule::InvalidField, QStringLiteral("output"),
                       tr("The certificates were not printed; nothing was recorded.")};
    recordPrints(certificateIds, contents);
    tx.commit();
    return contents;
}

void CertificateService::recordPrints(const QVector<qint64>& certificateIds,
                                      const QVector<CertificateContent>& printed) const
{
    CertificateStore store(m_reg.database());
    const QDateTime now = m_reg.clock().now();
    for (int i = 0; i < printed.size(); ++i) {
        const CertificateContent& c = printed[i];
        store.recordPrint(certificateIds[i], c.duplicate, m_reg.user(), now);
        AuditLog(m_reg.database())
            .append({0, now, m_reg.user(), QStringLiteral("certificate"), certificateIds[i],
                     c.duplicate ? QStringLiteral("reprint") : QStringLiteral("print"),
                     QJsonObject{{QStringLiteral("number"), c.number}}});
    }
}

void CertificateService::recordPrinted(const QVector<CertificateContent>& printed) const
{
    Transaction tx(m_reg.database());
    CertificateStore store(m_reg.database());
    QVector<qint64> ids;
    QVector<CertificateContent> known;
    for (const CertificateContent& c : printed)
        if (const auto entry = store.byNumber(c.number)) {
            ids.append(entry->issued.id);
            known.append(c);
        }
    recordPrints(ids, known);
    tx.commit();
}

QVector<qint64>
CertificateService::effectiveAccreditations(std::optional<RightKind> tier, QDate on,
                                            const QVector<qint64>& ofCompanies) const
{
    RightStore rights(m_reg.database());
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
    CertificateStore store(m_reg.database());
    const std::optional<QByteArray> publicKey = store.publicKey(v.code->keyId);
    if (!publicKey) {
        v.status = CertificateStatus::Unknown;
        v.reason = tr("The code is signed with key %1, which this register does not know.")
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
    RightStore rights(m_reg.database());
    const std::optional<Right> right = rights.find(entry->issued.accreditationId);
    const CertificateStanding standing =
        CertificateStanding::of(*right, rights.ofCompany(right->companyId).authorizations,
                                v.code->validUntil, m_reg.today());
    v.status = standing.status;
    v.reason = standing.reason;
    return v;
}

QVector<CertificateStore::Entry> CertificateService::ofCompany(qint64 companyId) const
{
    return CertificateStore(m_reg.database()).ofCompany(companyId);
}

QStringList CertificateService::integrityFindings() const
{
    QStringList out;
    CertificateStore store(m_reg.database());
    for (const CertificateStore::Entry& e : store.all()) {
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
