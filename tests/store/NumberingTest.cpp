// The one numbering service: official numbers per series and year, inside the caller's
// transaction, gap-free, never a number already in the register.
#include "store/Numbering.h"

#include "services/CompanyService.h"
#include "services/RightService.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QString Aut = QStringLiteral("AUT-{year}-{seq}");

QString next(const Database& db, const NumberSeries& series)
{
    Transaction tx(db);
    const QString number = Numbering(tx).next(series).text;
    tx.commit();
    return number;
}
} // namespace

TEST(Numbering, EachSeriesCountsOnItsOwnPerYear)
{
    TempRegister t;
    const Database& db = StoreAccess::of(t.reg());
    EXPECT_EQ(next(db, NumberSeries::rights(RightKind::Authorization, 2026, Aut)),
              QStringLiteral("AUT-2026-0001"));
    EXPECT_EQ(next(db, NumberSeries::rights(RightKind::Authorization, 2026, Aut)),
              QStringLiteral("AUT-2026-0002"));
    EXPECT_EQ(next(db, NumberSeries::rights(RightKind::Authorization, 2025, Aut)),
              QStringLiteral("AUT-2025-0001"));
    EXPECT_EQ(next(db, NumberSeries::rights(RightKind::National, 2026,
                                            QStringLiteral("AEN-{year}-{seq}"))),
              QStringLiteral("AEN-2026-0001"));
    // A certificate's number loses the ':' that separates the fields of its verification code.
    EXPECT_EQ(next(db, NumberSeries::certificates(RightKind::National, 2026,
                                                  QStringLiteral("ATT:AEN-{year}-{seq}"))),
              QStringLiteral("ATTAEN-2026-0001"));
    EXPECT_EQ(next(db, NumberSeries::certificates(RightKind::International, 2026,
                                                  QStringLiteral("ATT-AEI-{year}-{seq}"))),
              QStringLiteral("ATT-AEI-2026-0001"));
    EXPECT_EQ(next(db, NumberSeries::receipts(2026, QStringLiteral("REC-{year}-{seq}"))),
              QStringLiteral("REC-2026-0001"));
    // A format without {seq} still gives distinct numbers.
    EXPECT_EQ(next(db, NumberSeries::receipts(2026, QStringLiteral("DOSSIER"))),
              QStringLiteral("DOSSIER-2"));
}

TEST(Numbering, ANumberRolledBackWithItsTransactionIsGivenAgain)
{
    TempRegister t;
    const Database& db = StoreAccess::of(t.reg());
    const NumberSeries series = NumberSeries::rights(RightKind::Authorization, 2026, Aut);
    {
        Transaction tx(db);
        EXPECT_EQ(Numbering(tx).next(series).text, QStringLiteral("AUT-2026-0001"));
        // not committed: a refused or failed command
    }
    EXPECT_EQ(next(db, series), QStringLiteral("AUT-2026-0001"));
    EXPECT_EQ(next(db, series), QStringLiteral("AUT-2026-0002"));
}

TEST(Numbering, ANumberAlreadyInTheRegisterIsSkipped)
{
    TempRegister t(QDate(2026, 3, 2));
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    GrantRules::GrantRequest request{RightKind::Authorization,
                                     QStringLiteral("DEC/1"),
                                     {},
                                     QDate(2026, 1, 5),
                                     ValidityEnd::defaultTerm()};
    ASSERT_TRUE(t.reg().rights().grant(company, request, QStringLiteral("AUT-2026-0002")));
    const NumberSeries series = NumberSeries::rights(RightKind::Authorization, 2026, Aut);
    EXPECT_EQ(next(StoreAccess::of(t.reg()), series), QStringLiteral("AUT-2026-0001"));
    EXPECT_EQ(next(StoreAccess::of(t.reg()), series), QStringLiteral("AUT-2026-0003"));
}

TEST(Numbering, ReleaseGivesNumbersBackOnlyWhenNobodyNumberedSince)
{
    TempRegister t;
    const Database& db = StoreAccess::of(t.reg());
    const NumberSeries series =
        NumberSeries::certificates(RightKind::National, 2026, QStringLiteral("C-{year}-{seq}"));
    EXPECT_EQ(next(db, series), QStringLiteral("C-2026-0001"));
    EXPECT_EQ(next(db, series), QStringLiteral("C-2026-0002"));
    {
        Transaction tx(db);
        Numbering(tx).release(series, 1, 2); // an abandoned batch, nobody after it
        tx.commit();
    }
    EXPECT_EQ(next(db, series), QStringLiteral("C-2026-0001"));
    EXPECT_EQ(next(db, series), QStringLiteral("C-2026-0002"));
    EXPECT_EQ(next(db, series), QStringLiteral("C-2026-0003")); // another program's number
    {
        Transaction tx(db);
        Numbering(tx).release(series, 1, 2); // would give 0001 again after 0003: kept as a gap
        tx.commit();
    }
    EXPECT_EQ(next(db, series), QStringLiteral("C-2026-0004"));
}
