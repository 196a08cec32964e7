#include "StatisticsRegister.h"

#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

namespace cinereg::test {

namespace {
qint64 company(const Register& reg, int n, const QString& name, const QString& city,
               QVector<Membership> memberships = {})
{
    Company c = sampleCompany(n);
    c.name = name;
    c.city = city;
    c.memberships = std::move(memberships);
    const Outcome<qint64> id = reg.companies().add(c);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.refusal().message.toStdString());
    return id.ok() ? id.value() : 0;
}

qint64 grant(const Register& reg, qint64 companyId, RightKind kind, QDate from, QDate until = {})
{
    const Outcome<Granted> g = reg.rights().grant(
        companyId,
        {kind, QStringLiteral("DEC/%1/%2").arg(companyId).arg(from.toString(Qt::ISODate)), from,
         from, until.isValid() ? ValidityEnd::until(until) : ValidityEnd::noEnd()});
    EXPECT_TRUE(g.ok()) << (g.ok() ? "" : g.refusal().message.toStdString());
    return g.ok() ? g.value().id : 0;
}

void decide(const Register& reg, qint64 rightId, DecisionType type, QDate effective)
{
    const Outcome<qint64> d = reg.rights().decide(rightId, {type,
                                                            QStringLiteral("DEC/D/%1").arg(rightId),
                                                            effective,
                                                            QStringLiteral("motif documenté"),
                                                            {}});
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.refusal().message.toStdString());
}

void production(const Register& reg, qint64 executor, ProductionKind kind, QDate from)
{
    Production p;
    p.title = QStringLiteral("Film %1").arg(from.toString(Qt::ISODate));
    p.kind = kind;
    p.executorId = executor;
    p.shootFrom = from;
    p.shootTo = from.addDays(9);
    if (kind == ProductionKind::Foreign) {
        p.foreignProducer = QStringLiteral("Northlight Pictures");
        p.country = QStringLiteral("GB");
        p.mandate = QStringLiteral("MAN-1");
    }
    p.shootingPermit = QStringLiteral("PT-%1").arg(from.toString(Qt::ISODate));
    const Outcome<qint64> id = reg.productions().add(p);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.refusal().message.toStdString());
}
} // namespace

void StatisticsRegister::fill(const Register& reg)
{
    const QString cnpf = QStringLiteral("CNPF");
    const QString cmpf = QStringLiteral("CMPF");
    const qint64 atlas = company(reg, 1, QStringLiteral("Atlas"), QStringLiteral("Casablanca"),
                                 {{cnpf, QDate(2024, 2, 1)}});
    grant(reg, atlas, RightKind::Authorization, QDate(2024, 1, 10));
    grant(reg, atlas, RightKind::National, QDate(2024, 3, 1));
    grant(reg, atlas, RightKind::International, QDate(2025, 1, 1));
    production(reg, atlas, ProductionKind::National, QDate(2025, 5, 1));
    production(reg, atlas, ProductionKind::Foreign, QDate(2026, 4, 1));
    production(reg, atlas, ProductionKind::National, QDate(2026, 8, 1));

    const qint64 rif = company(reg, 2, QStringLiteral("Rif"), QStringLiteral("Rabat"),
                               {{cmpf, QDate()}, {cnpf, QDate(2027, 1, 1)}});
    const qint64 rifAuthorization = grant(reg, rif, RightKind::Authorization, QDate(2025, 2, 1));
    grant(reg, rif, RightKind::National, QDate(2025, 3, 1));
    decide(reg, rifAuthorization, DecisionType::Suspend, QDate(2026, 5, 1));

    const qint64 bahia =
        company(reg, 3, QStringLiteral("Bahia"), QStringLiteral("Rabat"), {{cnpf, QDate()}});
    grant(reg, bahia, RightKind::Authorization, QDate(2026, 1, 15));
    const qint64 bahiaNational = grant(reg, bahia, RightKind::National, QDate(2026, 2, 1));
    decide(reg, bahiaNational, DecisionType::Revoke, QDate(2026, 4, 1));

    const qint64 oasis = company(reg, 4, QStringLiteral("Oasis"), QStringLiteral("Marrakech"));
    grant(reg, oasis, RightKind::Authorization, QDate(2023, 5, 1), QDate(2025, 12, 31));

    const qint64 tingis = company(reg, 5, QStringLiteral("Tingis"), QStringLiteral("casablanca"));
    const qint64 first = grant(reg, tingis, RightKind::Authorization, QDate(2024, 6, 1));
    decide(reg, first, DecisionType::Revoke, QDate(2025, 9, 1));
    grant(reg, tingis, RightKind::Authorization, QDate(2026, 2, 1));

    const qint64 sahel = company(reg, 6, QStringLiteral("Sahel"), QStringLiteral("Agadir"));
    grant(reg, sahel, RightKind::Authorization, QDate(2026, 9, 1));
}

} // namespace cinereg::test
