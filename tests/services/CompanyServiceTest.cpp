#include "services/CompanyService.h"

#include "services/RightService.h"
#include "store/AuditLog.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
int auditSize(Register& reg)
{
    return AuditLog(StoreAccess::of(reg)).list().size();
}

QString firstField(const Outcome<qint64>& o)
{
    return o ? QString() : o.refusal().field;
}
} // namespace

TEST(CompanyService, RegistersANormalisedCompany)
{
    TempRegister t;
    Company c = sampleCompany(1);
    c.ice = QStringLiteral("001 561 191 000 066");
    c.legalForm = QStringLiteral("sarl au");
    c.managerId = QStringLiteral("be 123456");
    const Outcome<qint64> id = t.reg().companies().add(c);
    ASSERT_TRUE(id) << id.refusal().message.toStdString();
    const Company stored = *t.reg().companies().find(id.value());
    EXPECT_EQ(stored.ice, QStringLiteral("001561191000066"));
    EXPECT_EQ(stored.legalForm, QStringLiteral("SARL AU"));
    EXPECT_EQ(stored.managerId, QStringLiteral("BE123456"));
}

struct BadField
{
    const char* field;
    void (*spoil)(Company&);
};

class CompanyRefusals : public ::testing::TestWithParam<BadField>
{
};

TEST_P(CompanyRefusals, NameTheFieldAndWriteNothing)
{
    TempRegister t;
    Company c = sampleCompany(1);
    GetParam().spoil(c);
    const int before = auditSize(t.reg());
    const Outcome<qint64> id = t.reg().companies().add(c);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.refusal().field, QString::fromLatin1(GetParam().field));
    EXPECT_FALSE(id.refusal().message.isEmpty());
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_EQ(t.reg().companies().count({}), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, CompanyRefusals,
    ::testing::Values(
        BadField{"name", [](Company& c) { c.name.clear(); }},
        BadField{"form", [](Company& c) { c.legalForm = QStringLiteral("GIE"); }},
        BadField{"rc", [](Company& c) { c.rcNumber = QStringLiteral("RC12"); }},
        BadField{"rc-court", [](Company& c) { c.rcCourt.clear(); }},
        BadField{"ice", [](Company& c) { c.ice = QStringLiteral("12345"); }},
        BadField{"ice", [](Company& c) { c.ice = QStringLiteral("001561191000065"); }},
        BadField{"if", [](Company& c) { c.taxId = QStringLiteral("123"); }},
        BadField{"cnss", [](Company& c) { c.cnss = QStringLiteral("12"); }},
        BadField{"capital", [](Company& c) { c.capital = -1; }},
        BadField{"address", [](Company& c) { c.address.clear(); }},
        BadField{"city", [](Company& c) { c.city.clear(); }},
        BadField{"manager-id", [](Company& c) { c.managerId = QStringLiteral("123"); }},
        BadField{"email", [](Company& c) { c.email = QStringLiteral("x@"); }},
        BadField{"member-of", [](Company& c) {
                     c.memberships = {{QStringLiteral("XYZ"), {}}};
                 }}));

TEST(CompanyService, ConfirmedIceKeyIsAcceptedAndRecorded)
{
    TempRegister t;
    Company c = sampleCompany(1);
    c.ice = QStringLiteral("001561191000065");
    c.iceKeyConfirmed = true;
    const Outcome<qint64> id = t.reg().companies().add(c);
    ASSERT_TRUE(id);
    const auto entries =
        AuditLog(StoreAccess::of(t.reg())).list(QStringLiteral("company"), id.value());
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries[0].details.value(QStringLiteral("ice_key_confirmed")).toBool());
}

TEST(CompanyService, IceAndRcCourtAreUnique)
{
    TempRegister t;
    ASSERT_TRUE(t.reg().companies().add(sampleCompany(1)));
    Company sameIce = sampleCompany(2);
    sameIce.ice = sampleCompany(1).ice;
    EXPECT_EQ(firstField(t.reg().companies().add(sameIce)), QStringLiteral("ice"));
    Company sameRc = sampleCompany(3);
    sameRc.rcNumber = sampleCompany(1).rcNumber;
    sameRc.rcCourt = QStringLiteral("  CASABLANCA ");
    EXPECT_EQ(firstField(t.reg().companies().add(sameRc)), QStringLiteral("rc"));
    sameRc.rcCourt = QStringLiteral("Rabat");
    EXPECT_TRUE(t.reg().companies().add(sameRc))
        << "the same number at another court is another company";
}

TEST(CompanyService, EditRecordsWhatChanged)
{
    TempRegister t;
    const qint64 id = t.reg().companies().add(sampleCompany(1)).value();
    Company c = *t.reg().companies().find(id);
    c.city = QStringLiteral("Ouarzazate");
    c.memberships = {{QStringLiteral("CNPF"), QDate(2015, 1, 1)}};
    ASSERT_TRUE(t.reg().companies().edit(c));
    const auto entries = AuditLog(StoreAccess::of(t.reg())).list(QStringLiteral("company"), id);
    ASSERT_EQ(entries.size(), 2);
    const QJsonObject changes = entries[1].details;
    EXPECT_EQ(
        changes.value(QStringLiteral("city")).toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("Casablanca"));
    EXPECT_EQ(
        changes.value(QStringLiteral("city")).toObject().value(QStringLiteral("to")).toString(),
        QStringLiteral("Ouarzazate"));
    EXPECT_FALSE(changes.contains(QStringLiteral("name")));
    EXPECT_EQ(t.reg().companies().find(id)->memberships.size(), 1);

    c.ice = QStringLiteral("1");
    EXPECT_FALSE(t.reg().companies().edit(c));
    EXPECT_EQ(t.reg().companies().find(id)->ice, sampleCompany(1).ice);
}

TEST(CompanyService, SearchFoldsBothScriptsAndMatchesIdentifiers)
{
    TempRegister t;
    Company a = sampleCompany(1);
    a.name = QStringLiteral("Société Générale du Cinéma");
    a.nameAr = QStringLiteral("الشركة العامة للسينما");
    Company b = sampleCompany(2);
    b.name = QStringLiteral("Ouarzazate Studios");
    b.nameAr = QStringLiteral("استوديوهات ورزازات الكبرى");
    const qint64 ia = t.reg().companies().add(a).value();
    const qint64 ib = t.reg().companies().add(b).value();
    auto search = [&](const QString& text) {
        CompanyListQuery q;
        q.filter.search = text;
        QVector<qint64> ids;
        for (const auto& e : t.reg().companies().list(q))
            ids.append(e.company.id);
        return ids;
    };
    EXPECT_EQ(search(QStringLiteral("GENERALE")), QVector<qint64>{ia});
    EXPECT_EQ(search(QStringLiteral("societe cinema")), QVector<qint64>{ia});
    EXPECT_EQ(search(QStringLiteral("للسينما")), QVector<qint64>{ia});
    EXPECT_EQ(search(QStringLiteral("الكبري")), QVector<qint64>{ib}) << "ى and ي are one letter";
    EXPECT_EQ(search(b.ice.mid(3, 6)), QVector<qint64>{ib});
    EXPECT_EQ(search(QStringLiteral("%1 %2").arg(b.ice.left(5), b.ice.mid(5))),
              QVector<qint64>{ib});
    EXPECT_EQ(search(b.rcNumber), QVector<qint64>{ib});
    EXPECT_EQ(search(QStringLiteral("St")), QVector<qint64>{ib}) << "short words too";
    EXPECT_TRUE(search(QStringLiteral("zzz")).isEmpty());
    EXPECT_EQ(search(QString()).size(), 2);
}

TEST(CompanyService, SearchOfSeveralWordsKeepsEveryWordsMatchesInNameOrderAndPages)
{
    // On the server every word's matches are intersected into one set of ids before the page
    // is sorted (SearchIndex::conditions): the same rows, order, pages and count as SQLite's.
    TempRegister t;
    const QStringList names = {QStringLiteral("Sahara Films Zineb"),
                               QStringLiteral("Atlas Sahara Zitoun"),
                               QStringLiteral("Sahara Lumière"), QStringLiteral("Zin Studios"),
                               QStringLiteral("Zagora Films Sahara Zi")};
    QVector<qint64> id;
    for (int n = 0; n < names.size(); ++n) {
        Company c = sampleCompany(n + 1);
        c.name = names[n];
        id.append(t.reg().companies().add(c).value());
    }
    auto search = [&](const QString& text, int limit = -1, int offset = 0,
                      bool descending = false) {
        CompanyListQuery q;
        q.filter.search = text;
        q.filter.limit = limit;
        q.filter.offset = offset;
        q.filter.descending = descending;
        QVector<qint64> ids;
        for (const auto& e : t.reg().companies().list(q))
            ids.append(e.company.id);
        return ids;
    };
    auto count = [&](const QString& text) {
        CompanyFilter f;
        f.search = text;
        return t.reg().companies().count(f);
    };
    EXPECT_EQ(search(QStringLiteral("sahara zi")), (QVector<qint64>{id[1], id[0], id[4]}));
    EXPECT_EQ(count(QStringLiteral("sahara zi")), 3);
    EXPECT_EQ(search(QStringLiteral("zi fi")), (QVector<qint64>{id[0], id[4]}))
        << "two short words: both prefixes";
    EXPECT_EQ(count(QStringLiteral("zi fi")), 2);
    EXPECT_EQ(search(QStringLiteral("films sahara zi")), (QVector<qint64>{id[0], id[4]}));
    EXPECT_EQ(search(QStringLiteral("sahara")), (QVector<qint64>{id[1], id[0], id[2], id[4]}));
    EXPECT_EQ(search(QStringLiteral("sahara"), 2, 1), (QVector<qint64>{id[0], id[2]}));
    EXPECT_EQ(search(QStringLiteral("sahara"), -1, 0, true),
              (QVector<qint64>{id[4], id[2], id[0], id[1]}));
    EXPECT_EQ(count(QStringLiteral("sahara")), 4);
    EXPECT_TRUE(search(QStringLiteral("sahara zx")).isEmpty());
    EXPECT_EQ(count(QStringLiteral("sahara zx")), 0);
}

TEST(CompanyService, ListFiltersByTierStatusCityAndPages)
{
    TempRegister t; // today 2026-03-02
    QVector<qint64> ids;
    for (int n = 1; n <= 5; ++n)
        ids.append(t.reg().companies().add(sampleCompany(n)).value());
    for (qint64 id : ids.mid(0, 3))
        ASSERT_TRUE(t.reg().rights().grant(
            id, {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2025, 1, 1), {}}));
    ASSERT_TRUE(t.reg().rights().grant(
        ids[0], {RightKind::National, QStringLiteral("N"), {}, QDate(2025, 2, 1), {}}));
    const Granted n2 =
        t.reg()
            .rights()
            .grant(ids[1], {RightKind::National, QStringLiteral("N"), {}, QDate(2025, 2, 1), {}})
            .value();
    ASSERT_TRUE(t.reg().rights().decide(
        n2.id, {DecisionType::Suspend, {}, QDate(2026, 3, 1), QStringLiteral("x"), {}}));

    CompanyListQuery q;
    q.tier = RightKind::National;
    ASSERT_EQ(t.reg().companies().list(q).size(), 1);
    EXPECT_EQ(t.reg().companies().list(q)[0].company.id, ids[0]);
    q.status = RightStatus::Suspended;
    ASSERT_EQ(t.reg().companies().list(q).size(), 1);
    EXPECT_EQ(t.reg().companies().list(q)[0].company.id, ids[1]);
    q.on = QDate(2026, 2, 28);
    EXPECT_TRUE(t.reg().companies().list(q).isEmpty()) << "not yet suspended that day";

    CompanyListQuery auth;
    auth.status = RightStatus::Active;
    EXPECT_EQ(t.reg().companies().list(auth).size(), 3);
    CompanyListQuery page;
    page.filter.limit = 2;
    page.filter.offset = 4;
    EXPECT_EQ(t.reg().companies().list(page).size(), 1);
    EXPECT_EQ(t.reg().companies().count({}), 5);
    const auto standing = t.reg().companies().list({})[0].standing;
    EXPECT_EQ(standing.of(RightKind::Authorization), RightStatus::Active);
}

TEST(CompanyService, CitiesAreListedOnceInAlphabeticalOrderWhateverTheirCase)
{
    TempRegister t;
    const QStringList cities{QStringLiteral("Rabat"), QStringLiteral("casablanca"),
                             QStringLiteral("Agadir"), QStringLiteral("Casablanca")};
    for (int i = 0; i < cities.size(); ++i) {
        Company c = sampleCompany(i + 1);
        c.city = cities[i];
        ASSERT_TRUE(t.reg().companies().add(c).ok());
    }
    const QStringList listed = t.reg().companies().cities();
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0], QStringLiteral("Agadir"));
    EXPECT_EQ(listed[1].toLower(), QStringLiteral("casablanca"));
    EXPECT_EQ(listed[2], QStringLiteral("Rabat"));
}

TEST(CompanyService, HostileNamesAreRefusedNamingTheFieldAndNothingIsWritten)
{
    TempRegister t;
    const int before = auditSize(t.reg());
    struct Case
    {
        const char* what;
        QString Company::*field;
        QString value;
        const char* expectedField;
    };
    const Case cases[] = {
        {"131,071 bytes", &Company::name, QString(131071, QLatin1Char('A')), "name"},
        {"invisible only", &Company::name, QStringLiteral("\u200B\u2060\u200B"), "name"},
        {"escape", &Company::name, QStringLiteral("Atlas\x1b[2JFilms"), "name"},
        {"newline", &Company::name, QStringLiteral("Atlas\nFilms"), "name"},
        {"bidi override", &Company::name, QStringLiteral("Atlas \u202Esmlif"), "name"},
        {"bidi isolate", &Company::nameAr, QStringLiteral("أطلس \u2067فيلمز"), "name-ar"},
        {"U+FFFD", &Company::city, QStringLiteral("Casa\uFFFDblanca"), "city"},
        {"newline in address", &Company::address, QStringLiteral("12 bd\nZerktouni"), "address"},
        {"long manager", &Company::manager, QString(5000, QChar(0x0645)), "manager"},
        {"newline after RC", &Company::rcNumber, QStringLiteral("252633\n"), "rc"},
    };
    int n = 1;
    for (const Case& c : cases) {
        Company company = sampleCompany(n++);
        company.*c.field = c.value;
        const Outcome<qint64> added = t.reg().companies().add(company);
        ASSERT_FALSE(added) << c.what;
        EXPECT_EQ(added.refusal().field, QString::fromLatin1(c.expectedField)) << c.what;
        EXPECT_FALSE(added.refusal().message.isEmpty()) << c.what;
    }
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_EQ(t.reg().companies().count({}), 0);
}

TEST(CompanyService, EditRefusesAControlCharacterInsteadOfStoringItAsASpace)
{
    TempRegister t;
    Company c = sampleCompany(1);
    c.id = t.reg().companies().add(c).value();
    c.name = QStringLiteral("Atlas\nFilms");
    const Check edited = t.reg().companies().edit(c);
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.refusal().field, QStringLiteral("name"));
    EXPECT_EQ(t.reg().companies().find(c.id)->name, sampleCompany(1).name);
}

TEST(CompanyService, ASearchOfPunctuationOnlyFindsNothingRatherThanEverything)
{
    TempRegister t;
    t.reg().companies().add(sampleCompany(1));
    t.reg().companies().add(sampleCompany(2));
    for (const QString& text : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\""),
                                QStringLiteral("'"), QStringLiteral("*"), QStringLiteral("%%")}) {
        CompanyListQuery q;
        q.filter.search = text;
        EXPECT_TRUE(t.reg().companies().list(q).isEmpty()) << text.toStdString();
        EXPECT_EQ(t.reg().companies().count(q.filter), 0) << text.toStdString();
    }
    CompanyListQuery all;
    all.filter.search = QStringLiteral("  ");
    EXPECT_EQ(t.reg().companies().list(all).size(), 2) << "blank search means no filter";
}
