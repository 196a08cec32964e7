#pragma once

#include "certificates/CertificateService.h"
#include "certificates/SigningKeyRegistry.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QFileInfo>
#include <QSqlQuery>

namespace cinereg::test {

// A register whose signing key lives in its own temporary folder, with one company holding an
// authorization and a national accreditation (until 2028-01-31).
struct CertifiedCompany
{
    TempRegister t{QDate(2026, 11, 26)};
    qint64 company = 0;
    qint64 authorization = 0;
    qint64 accreditation = 0;

    CertifiedCompany()
    {
        useKey(QStringLiteral("key-a"));
        Company c = sampleCompany(1);
        c.nameAr = QStringLiteral("أطلس للإنتاج");
        company = t.reg().companies().add(c).value();
        authorization = t.reg()
                            .rights()
                            .grant(company, {RightKind::Authorization,
                                             QStringLiteral("D-1"),
                                             QDate(2026, 1, 5),
                                             QDate(2026, 1, 5),
                                             {}})
                            .value()
                            .id;
        accreditation =
            t.reg()
                .rights()
                .grant(company, {RightKind::National, QStringLiteral("D-2"), QDate(2026, 2, 1),
                                 QDate(2026, 2, 1), ValidityEnd::until(QDate(2028, 1, 31))})
                .value()
                .id;
    }
    QString keyPath(const QString& name) const { return t.folder() + QLatin1Char('/') + name; }
    // Points the settings at this key file and creates it as an administrator would.
    void useKey(const QString& name)
    {
        Settings s = t.reg().settings();
        s.signingKeyPath = keyPath(name);
        t.reg().saveSettings(s);
        const auto created = SigningKeyRegistry(t.reg()).create();
        ASSERT_TRUE(created.ok()) << created.refusal().message.toStdString();
    }
    CertificateService certificates() { return CertificateService(t.reg()); }
    CertificateContent issue(qint64 id, const CertificateService::Output& out = nullptr)
    {
        const auto issued = certificates().issue(
            {id}, out ? out : [](const auto&) { return true; });
        EXPECT_TRUE(issued.ok()) << (issued.ok() ? "" : issued.refusal().message.toStdString());
        return issued.ok() ? issued.value().front() : CertificateContent{};
    }
    int count(const char* table)
    {
        QSqlQuery q = StoreAccess::of(t.reg()).run(
            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }
    void decide(qint64 right, DecisionType type, QDate on)
    {
        GrantRules::DecisionRequest r;
        r.type = type;
        r.reference = QStringLiteral("D-%1").arg(int(type));
        r.effective = on;
        r.reason = QStringLiteral("test");
        ASSERT_TRUE(t.reg().rights().decide(right, r).ok());
    }
};

} // namespace cinereg::test
