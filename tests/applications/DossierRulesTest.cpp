// The dossier's checklist, the freshness of its certificates at their date edges, the deadline.
#include "applications/DossierRules.h"

#include "DateText.h"

#include <gtest/gtest.h>

using namespace cinereg;

namespace {
Application dossier(RightKind kind, const QVector<std::pair<PieceKind, QDate>>& pieces)
{
    Application a;
    a.kind = kind;
    a.received = QDate(2026, 2, 1);
    a.deadline = DossierRules::deadline(a.received, 20);
    for (const auto& [k, d] : pieces) {
        Piece p;
        p.kind = k;
        p.dated = d;
        a.pieces.append(p);
    }
    return a;
}

// A complete authorization dossier whose two certificates bear `certificates`.
Application complete(QDate certificates, RightKind kind = RightKind::Authorization)
{
    const QDate old(2020, 5, 4); // statutes and identity documents do not expire
    QVector<std::pair<PieceKind, QDate>> pieces{{PieceKind::Statutes, old},
                                                {PieceKind::RegisteredOffice, old},
                                                {PieceKind::BankCapital, old},
                                                {PieceKind::TaxRegularity, certificates},
                                                {PieceKind::CnssRegularity, certificates},
                                                {PieceKind::ManagerId, old}};
    if (kind == RightKind::National)
        pieces << std::pair{PieceKind::CapitalProof, old} << std::pair{PieceKind::Films, old};
    return dossier(kind, pieces);
}
} // namespace

TEST(DossierRules, ChecklistPerKind)
{
    const QVector<PieceKind> base{PieceKind::Statutes,       PieceKind::RegisteredOffice,
                                  PieceKind::BankCapital,    PieceKind::TaxRegularity,
                                  PieceKind::CnssRegularity, PieceKind::ManagerId};
    EXPECT_EQ(DossierRules::requiredPieces(RightKind::Authorization), base);
    EXPECT_EQ(DossierRules::requiredPieces(RightKind::International), base);
    const QVector<PieceKind> national =
        base + QVector<PieceKind>{PieceKind::CapitalProof, PieceKind::Films};
    EXPECT_EQ(DossierRules::requiredPieces(RightKind::National), national);
    EXPECT_TRUE(DossierRules::expires(PieceKind::TaxRegularity));
    EXPECT_TRUE(DossierRules::expires(PieceKind::CnssRegularity));
    EXPECT_FALSE(DossierRules::expires(PieceKind::Statutes));
    EXPECT_FALSE(DossierRules::expires(PieceKind::BankCapital));
}

TEST(DossierRules, MissingPiecesAreNamedInTheirOrder)
{
    const Application a = dossier(RightKind::National, {{PieceKind::Statutes, QDate(2026, 1, 5)},
                                                        {PieceKind::ManagerId, QDate(2026, 1, 5)}});
    EXPECT_EQ(DossierRules::missing(a),
              (QStringList{"registered-office", "bank-capital", "tax-regularity", "cnss-regularity",
                           "capital-proof", "films"}));
    const Check c = DossierRules::checkComplete(a, QDate(2026, 2, 10));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.refusal().rule, Rule::DossierIncomplete);
    EXPECT_EQ(c.refusal().field, QStringLiteral("registered-office"));
    EXPECT_TRUE(c.refusal().message.contains(QStringLiteral("6 piece(s) missing")))
        << c.refusal().message.toStdString();
    EXPECT_TRUE(c.refusal().message.contains(QStringLiteral("list of the films already produced")));
}

// Decided edge: a certificate dated exactly one year before the decision date is still fresh
// (valid through its anniversary); one day older is stale.
TEST(DossierRules, CertificateDatedExactlyOneYearBeforeIsFreshOneDayOlderIsStale)
{
    const QDate decision(2026, 3, 2);
    EXPECT_TRUE(DossierRules::checkComplete(complete(QDate(2025, 3, 2)), decision));
    EXPECT_TRUE(DossierRules::checkComplete(complete(QDate(2026, 3, 2)), decision))
        << "issued the very day of the decision";

    const Check stale = DossierRules::checkComplete(complete(QDate(2025, 3, 1)), decision);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.refusal().rule, Rule::DossierPieceStale);
    EXPECT_EQ(stale.refusal().field, QStringLiteral("tax-regularity"));
    EXPECT_TRUE(stale.refusal().message.contains(DateText::of(QDate(2025, 3, 1))));
    EXPECT_TRUE(stale.refusal().message.contains(DateText::of(QDate(2025, 3, 2)) +
                                                 QStringLiteral(" or later")))
        << stale.refusal().message.toStdString();
}

TEST(DossierRules, OnlyTheStaleCertificateIsNamed)
{
    Application a = complete(QDate(2025, 6, 1));
    for (Piece& p : a.pieces)
        if (p.kind == PieceKind::CnssRegularity)
            p.dated = QDate(2024, 12, 31);
    const Check c = DossierRules::checkComplete(a, QDate(2026, 3, 2));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.refusal().field, QStringLiteral("cnss-regularity"));
    EXPECT_EQ(DossierRules::stale(a, QDate(2026, 3, 2)), QStringList{"cnss-regularity"});
    EXPECT_TRUE(DossierRules::missing(a).isEmpty());
}

TEST(DossierRules, LeapDayCertificate)
{
    // 2025-02-28 minus one year is 2024-02-28: a certificate of 29 February 2024 is fresh then,
    // and stale the next day.
    EXPECT_TRUE(DossierRules::checkComplete(complete(QDate(2024, 2, 29)), QDate(2025, 2, 28)));
    EXPECT_FALSE(DossierRules::checkComplete(complete(QDate(2024, 2, 29)), QDate(2025, 3, 1)));
    // Decided on 29 February 2028: one year back is 28 February 2027.
    EXPECT_TRUE(DossierRules::checkComplete(complete(QDate(2027, 2, 28)), QDate(2028, 2, 29)));
    EXPECT_FALSE(DossierRules::checkComplete(complete(QDate(2027, 2, 27)), QDate(2028, 2, 29)));
}

TEST(DossierRules, APieceDatedAfterTheDecisionIsRefused)
{
    const Check c = DossierRules::checkComplete(complete(QDate(2026, 3, 3)), QDate(2026, 3, 2));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.refusal().rule, Rule::DossierPieceStale);
    EXPECT_EQ(DossierRules::checklist(complete(QDate(2026, 3, 3)), QDate(2026, 3, 2))[3].state,
              DossierRules::State::NotYetIssued);
}

TEST(DossierRules, StatutesNeverExpire)
{
    const QVector<DossierRules::Item> items =
        DossierRules::checklist(complete(QDate(2026, 1, 1)), QDate(2026, 3, 2));
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items[0].state, DossierRules::State::Received); // statutes of 2020
    EXPECT_EQ(items[3].state, DossierRules::State::Fresh);
}

TEST(DossierRules, NationalDossierNeedsCapitalProofAndFilms)
{
    Application a = complete(QDate(2026, 1, 1));
    a.kind = RightKind::National;
    const Check c = DossierRules::checkComplete(a, QDate(2026, 3, 2));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.refusal().field, QStringLiteral("capital-proof"));
    EXPECT_TRUE(DossierRules::checkComplete(complete(QDate(2026, 1, 1), RightKind::National),
                                            QDate(2026, 3, 2)));
}

TEST(DossierRules, DeadlineIsReceivedPlusDays)
{
    EXPECT_EQ(DossierRules::deadline(QDate(2026, 3, 2), 20), QDate(2026, 3, 22));
    EXPECT_EQ(DossierRules::deadline(QDate(2026, 12, 20), 20), QDate(2027, 1, 9));
    EXPECT_EQ(DossierRules::deadline(QDate(2028, 2, 20), 10), QDate(2028, 3, 1)); // leap year
    Application a;
    a.received = QDate(2026, 3, 2);
    a.deadline = QDate(2026, 3, 22);
    EXPECT_FALSE(a.isOverdue(QDate(2026, 3, 22))) << "the deadline day itself is not overdue";
    EXPECT_TRUE(a.isOverdue(QDate(2026, 3, 23)));
    a.status = ApplicationStatus::Granted;
    EXPECT_FALSE(a.isOverdue(QDate(2026, 4, 1))) << "a decided dossier is never overdue";
}

// The one list every view of a dossier shows: the checklist in order (missing or judged), then
// the pieces recorded beyond it; a piece dated after the day considered is not yet issued.
TEST(DossierRules, PiecesListsTheChecklistThenThePiecesBeyondIt)
{
    const QDate on(2026, 3, 2);
    const Application a =
        dossier(RightKind::Authorization, {{PieceKind::Films, QDate(2026, 2, 1)},
                                           {PieceKind::TaxRegularity, QDate(2025, 1, 1)},
                                           {PieceKind::CnssRegularity, QDate(2026, 1, 5)},
                                           {PieceKind::Statutes, QDate(2026, 3, 20)},
                                           {PieceKind::ManagerId, QDate(2019, 6, 1)}});
    const QVector<DossierRules::Item> items = DossierRules::pieces(a, on);
    ASSERT_EQ(items.size(), 7);
    using S = DossierRules::State;
    const QVector<std::tuple<PieceKind, S, bool>> expected{
        {PieceKind::Statutes, S::NotYetIssued, true},
        {PieceKind::RegisteredOffice, S::Missing, true},
        {PieceKind::BankCapital, S::Missing, true},
        {PieceKind::TaxRegularity, S::Stale, true},
        {PieceKind::CnssRegularity, S::Fresh, true},
        {PieceKind::ManagerId, S::Received, true},
        {PieceKind::Films, S::Received, false}};
    for (int i = 0; i < items.size(); ++i) {
        EXPECT_EQ(items[i].kind, std::get<0>(expected[i])) << i;
        EXPECT_EQ(items[i].state, std::get<1>(expected[i])) << i;
        EXPECT_EQ(items[i].required, std::get<2>(expected[i])) << i;
        EXPECT_EQ(items[i].piece, a.piece(items[i].kind)) << i;
    }
    EXPECT_EQ(DossierRules::stateCode(S::NotYetIssued), QStringLiteral("not_yet_issued"));
    EXPECT_EQ(DossierRules::checklist(a, on).size(), 6);
    EXPECT_NE(DossierRules::pieceLabel(items[6]), DossierRules::pieceLabel(items[5]));
}
