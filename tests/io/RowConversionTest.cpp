// A sheet's cells read into the register's values (CellText, ColumnMap::normalize and the
// import's row conversion), as clerks write them: dates in both orders, headers with accents,
// spaced ICEs, capitals with separators, several professional bodies in one cell.
#include "io/CellText.h"
#include "io/ColumnMap.h"
#include "io/ImportService.h"

#include <gtest/gtest.h>

using namespace cinereg;

TEST(RowConversion, DatesInBothOrdersAndNothingElse)
{
    const std::pair<const char*, QDate> cases[] = {
        {"2024-03-05", QDate(2024, 3, 5)},
        {"2024-3-5", QDate(2024, 3, 5)},
        {"  2024-03-05 ", QDate(2024, 3, 5)},
        {"05/03/2024", QDate(2024, 3, 5)},
        {"5/3/2024", QDate(2024, 3, 5)},
        {"05.03.2024", QDate(2024, 3, 5)},
        {"05-03-2024", QDate(2024, 3, 5)},
        {"05/03-2024", QDate(2024, 3, 5)}, // each separator is read alone, as before
        {"\t31/12/1999\n", QDate(1999, 12, 31)},
        {"2024/03/05", QDate()},
        {"2024-03-05x", QDate()},
        {"2024-003-05", QDate()},
        {"20240-03-05", QDate()},
        {"5/3/24", QDate()},
        {"5/3/20245", QDate()},
        {"105/3/2024", QDate()},
        {"30/02/2024", QDate()},
        {"2024-13-01", QDate()},
        {"0000-01-01", QDate()},
        {"2024-03", QDate()},
        {"", QDate()},
        {"--", QDate()},
    };
    for (const auto& [text, expected] : cases)
        EXPECT_EQ(CellText::date(QString::fromUtf8(text)), expected) << text;
    // Arabic-Indic digits are not read as a date (the patterns' \d is ASCII).
    EXPECT_FALSE(CellText::date(QStringLiteral("٢٠٢٤-٠٣-٠٥")).isValid());
}

TEST(RowConversion, HeaderNamesAreNormalizedWithOrWithoutAccents)
{
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("Date de décision")),
              QStringLiteral("date_de_decision"));
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("Date de decision")),
              QStringLiteral("date_de_decision"));
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("  N° ICE ")), QStringLiteral("n_ice"));
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("N. ICE")), QStringLiteral("n_ice"));
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("Capital (MAD)")), QStringLiteral("capital_mad"));
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("valid_until")), QStringLiteral("valid_until"));
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("__--__")), QString());
    EXPECT_EQ(ColumnMap::normalize(QStringLiteral("الاسم بالعربية")),
              QStringLiteral("الاسم_بالعربية"));
    EXPECT_EQ(CellText::rightKind(QStringLiteral("Agrément NATIONAL")), RightKind::National);
    EXPECT_EQ(CellText::rightKind(QStringLiteral(" Autorisation ")), RightKind::Authorization);
    EXPECT_EQ(CellText::status(QStringLiteral("Retiré")), RightStatus::Revoked);
    EXPECT_EQ(CellText::status(QStringLiteral("EN VIGUEUR")), RightStatus::Active);
    EXPECT_TRUE(CellText::yes(QStringLiteral(" Oui")));
    EXPECT_FALSE(CellText::yes(QStringLiteral("non")));
}

TEST(RowConversion, CompanyCellsAsClerksWriteThem)
{
    SheetTable table;
    table.header = QStringLiteral("Raison sociale;ICE;RC;Capital;Membre de").split(u';');
    table.headerLine = 1;
    const auto row = [&](const QString& ice, const QString& capital, const QString& bodies) {
        QVector<ImportProblem> problems;
        const ColumnMap columns = ColumnMap::locate(table, ImportService::companyColumns());
        const SheetRow sheetRow{
            2, {QStringLiteral("Atlas"), ice, QStringLiteral("1234"), capital, bodies}};
        const Company c = ImportService::companyFrom(columns, sheetRow, problems);
        return std::make_pair(c, problems);
    };

    // An ICE written with spaces, or stored as a number that lost its leading zeros.
    EXPECT_EQ(row(QStringLiteral("001 561 191 000 066"), {}, {}).first.ice,
              QStringLiteral("001561191000066"));
    EXPECT_EQ(row(QStringLiteral("1561191000066"), {}, {}).first.ice,
              QStringLiteral("001561191000066"));
    EXPECT_EQ(row(QStringLiteral("15611910000"), {}, {}).first.ice, QStringLiteral("15611910000"));
    EXPECT_EQ(row(QStringLiteral("A561191000066"), {}, {}).first.ice,
              QStringLiteral("A561191000066"));

    const std::pair<const char*, std::optional<qint64>> capitals[] = {
        {"400000", 400000},
        {"1 000 000", 1000000},
        {"1\u00A0000\u202F000", 1000000},
        {"1.000.000", 1000000},
        {"1,000,000", 1000000},
        {"400000,00", 400000},
        {"400000.0", 400000},
        {"99999999999999999999", std::nullopt},
        {"12a", std::nullopt},
        {"1.5", std::nullopt},
        {"1.0000", 1},
        {"-5", std::nullopt},
    };
    for (const auto& [text, expected] : capitals) {
        const auto [company, problems] =
            row(QStringLiteral("001561191000066"), QString::fromUtf8(text), {});
        EXPECT_EQ(company.capital, expected) << text;
        EXPECT_EQ(problems.size(), expected ? 0 : 1) << text;
    }

    const auto [company, problems] =
        row(QStringLiteral("001561191000066"), {},
            QStringLiteral("CNPF:2015-03-01|| CCM ;APPM+ CNPF:01/02/2020 ,"));
    ASSERT_TRUE(problems.isEmpty());
    ASSERT_EQ(company.memberships.size(), 4);
    EXPECT_EQ(company.memberships[0].body, QStringLiteral("CNPF"));
    EXPECT_EQ(company.memberships[0].since, QDate(2015, 3, 1));
    EXPECT_EQ(company.memberships[1].body, QStringLiteral("CCM"));
    EXPECT_EQ(company.memberships[2].body, QStringLiteral("APPM"));
    EXPECT_EQ(company.memberships[3].since, QDate(2020, 2, 1));
    EXPECT_EQ(row(QStringLiteral("001561191000066"), {}, QStringLiteral("CNPF:hier")).second.size(),
              1);
}

TEST(RowConversion, RightCellsWithTheirDecision)
{
    SheetTable table;
    table.header = QStringLiteral("N ICE,Type de droit,Numéro,Référence,Date de décision,Du,Au,"
                                  "Statut,Depuis,Motif")
                       .split(u',');
    const ColumnMap columns = ColumnMap::locate(table, ImportService::rightColumns());
    QVector<ImportProblem> problems;
    const SheetRow suspended{
        3, QStringLiteral("1561191000066|Agrément national|AEN-1|D-1|02/03/2020|2020-03-15||"
                          "Suspendu|1/5/2024|Contrôle")
               .split(u'|')};
    const ImportService::RightRow r = ImportService::rightFrom(columns, suspended, problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(r.ice, QStringLiteral("001561191000066"));
    EXPECT_EQ(r.grant.kind, RightKind::National);
    EXPECT_EQ(r.grant.decisionDate, QDate(2020, 3, 2));
    EXPECT_EQ(r.grant.validFrom, QDate(2020, 3, 15));
    EXPECT_EQ(r.status, RightStatus::Suspended);
    EXPECT_EQ(r.decision.type, DecisionType::Suspend);
    EXPECT_EQ(r.decision.effective, QDate(2024, 5, 1));
    EXPECT_EQ(r.decision.reason, QStringLiteral("Contrôle"));

    const SheetRow bad{4, QStringLiteral("1561191000066|licence|X|D|2020-02-30||31/12/2030|"
                                         "suspendu||")
                              .split(u'|')};
    problems.clear();
    ImportService::rightFrom(columns, bad, problems);
    QStringList fields;
    for (const ImportProblem& p : problems)
        fields << p.field;
    EXPECT_EQ(fields, QStringList({QStringLiteral("right"), QStringLiteral("decision_date"),
                                   QStringLiteral("from"), QStringLiteral("since")}));
}
