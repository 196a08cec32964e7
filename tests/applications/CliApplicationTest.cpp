// `cinereg-cli application ...` through the real executable: JSON shapes and exit codes of the
// contract (../shared/CLI.md), and refusals that write nothing.
#include "applications/ApplicationService.h"
#include "applications/DossierRules.h"
#include "CliRunner.h"
#include "Clock.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cinereg::test;

namespace {
const QStringList AuthorizationPieces{"statutes",       "registered-office", "bank-capital",
                                      "tax-regularity", "cnss-regularity",   "manager-id"};

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out.append(QString::fromUtf8(w));
    return out;
}

int auditCount(const CliRunner& cli)
{
    return cli.run(args({"--json", "audit", "list"})).json().array().size();
}

qint64 file(const CliRunner& cli, qint64 company, const QString& kind, int receivedDaysAgo)
{
    const CliResult r = cli.run({"--json", "application", "file", QString::number(company), "--for",
                                 kind, "--received", iso(-receivedDaysAgo)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().object().value("id").toInteger();
}

void document(const CliRunner& cli, qint64 id, const QString& kind, const QString& dated)
{
    const CliResult r =
        cli.run({"application", "document", QString::number(id), "--kind", kind, "--dated", dated});
    EXPECT_EQ(r.exitCode, 0) << kind.toStdString() << ": " << r.err.toStdString();
}
} // namespace

TEST(CliApplication, FilePrintsIdDeadlineAndMissingPieces)
{
    CliRunner cli;
    const qint64 company = cli.addCompany(1);
    const CliResult r = cli.run({"--json", "application", "file", QString::number(company), "--for",
                                 "national", "--received", iso(-2), "--receipt", "DEP-77"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = r.json().object();
    EXPECT_GT(json.value("id").toInteger(), 0);
    EXPECT_EQ(json.value("deadline").toString(), iso(18)); // received + 20 days
    QStringList missing;
    for (const QJsonValue& v : json.value("missing").toArray())
        missing.append(v.toString());
    EXPECT_EQ(missing, (AuthorizationPieces + QStringList{"capital-proof", "films"}));

    const CliResult text = cli.run({"application", "file", QString::number(company), "--for",
                                    "authorization", "--received", iso(0)});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(iso(20))) << text.out.toStdString();
}

TEST(CliApplication, FileRefusalsAndUsageErrors)
{
    CliRunner cli;
    const qint64 company = cli.addCompany(1);
    const int before = auditCount(cli);
    const QString c = QString::number(company);
    const CliResult badFor =
        cli.run({"--json", "application", "file", c, "--for", "producer", "--received", iso(0)});
    EXPECT_EQ(badFor.exitCode, 1);
    EXPECT_TRUE(badFor.out.isEmpty());
    EXPECT_TRUE(badFor.err.contains("--for")) << badFor.err.toStdString();
    const CliResult future =
        cli.run({"application", "file", c, "--for", "national", "--received", iso(3)});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains("--received")) << future.err.toStdString();
    const CliResult renewal = cli.run(
        {"application", "file", c, "--for", "authorization", "--renewal", "--received", iso(0)});
    EXPECT_EQ(renewal.exitCode, 1);
    EXPECT_TRUE(renewal.err.contains("invalid-transition")) << renewal.err.toStdString();
    EXPECT_EQ(
        cli.run({"application", "file", "99", "--for", "national", "--received", iso(0)}).exitCode,
        1);
    EXPECT_EQ(cli.run({"application", "file", c, "--received", iso(0)}).exitCode, 2);
    EXPECT_EQ(cli.run({"application", "file", c, "--for", "national"}).exitCode, 2);
    EXPECT_EQ(cli.run({"application", "file"}).exitCode, 2);
    EXPECT_EQ(cli.run({"application", "frobnicate"}).exitCode, 2);
    EXPECT_EQ(auditCount(cli), before);
}

TEST(CliApplication, DocumentWithAScanAndListShapes)
{
    CliRunner cli;
    const qint64 company = cli.addCompany(1);
    const qint64 id = file(cli, company, "authorization", 1);
    const QString scanPath = cli.tempPath("statuts.pdf");
    QByteArray scan("%PDF-1.4\n");
    for (int i = 0; i < 5000; ++i)
        scan.append(char(i * 7 % 256));
    {
        QFile f(scanPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(scan);
    }
    const CliResult r = cli.run({"--json", "application", "document", QString::number(id), "--kind",
                                 "statutes", "--dated", iso(-30), "--file", scanPath});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = r.json().object();
    EXPECT_EQ(json.value("kind").toString(), "statutes");
    EXPECT_EQ(json.value("dated").toString(), iso(-30));
    const QJsonObject attachment = json.value("attachment").toObject();
    EXPECT_EQ(attachment.value("name").toString(), "statuts.pdf");
    EXPECT_EQ(attachment.value("size").toInteger(), scan.size());
    EXPECT_EQ(
        attachment.value("sha256").toString(),
        QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(json.value("missing").toArray().size(), 5);

    // The scan comes back byte-identical from another process.
    const QString out = cli.tempPath("back.pdf");
    ASSERT_EQ(cli.run({"application", "attachment", QString::number(id), "--kind", "statutes",
                       "--out", out})
                  .exitCode,
              0);
    QFile back(out);
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    EXPECT_EQ(back.readAll(), scan);

    EXPECT_EQ(cli.run({"application", "document", QString::number(id), "--kind", "horoscope",
                       "--dated", iso(-1)})
                  .exitCode,
              1);
    EXPECT_EQ(cli.run({"application", "document", QString::number(id), "--kind", "films", "--dated",
                       iso(-1), "--file", cli.tempPath("nope.pdf")})
                  .exitCode,
              1);
    EXPECT_EQ(cli.run({"application", "document", QString::number(id), "--kind", "films", "--dated",
                       "2026-02-30"})
                  .exitCode,
              1);

    const CliResult list = cli.run({"--json", "application", "list"});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray rows = list.json().array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    for (const char* key : {"id", "company", "for", "received", "deadline", "status", "missing"})
        EXPECT_TRUE(row.contains(key)) << key;
    EXPECT_EQ(row.value("id").toInteger(), id);
    EXPECT_EQ(row.value("company").toInteger(), company);
    EXPECT_EQ(row.value("for").toString(), "authorization");
    EXPECT_EQ(row.value("received").toString(), iso(-1));
    EXPECT_EQ(row.value("deadline").toString(), iso(19));
    EXPECT_EQ(row.value("status").toString(), "open");
    EXPECT_EQ(row.value("missing").toArray().size(), 5);
}

TEST(CliApplication, ListFiltersOpenOverdueAndCompany)
{
    CliRunner cli;
    const qint64 a = cli.addCompany(1);
    const qint64 b = cli.addCompany(2);
    const qint64 overdue = file(cli, a, "authorization", 25); // deadline 5 days ago
    const qint64 fresh = file(cli, b, "authorization", 1);
    const qint64 withdrawn = file(cli, b, "international", 2);
    ASSERT_EQ(cli.run({"application", "withdraw", QString::number(withdrawn)}).exitCode, 0);

    const auto ids = [&](const QStringList& extra) {
        QList<qint64> out;
        for (const QJsonValue& v :
             cli.run(QStringList{"--json", "application", "list"} + extra).json().array())
            out.append(v.toObject().value("id").toInteger());
        return out;
    };
    EXPECT_EQ(ids({}), (QList<qint64>{overdue, fresh, withdrawn})) << "open first";
    EXPECT_EQ(ids({"--open"}), (QList<qint64>{overdue, fresh}));
    EXPECT_EQ(ids({"--overdue"}), (QList<qint64>{overdue}));
    EXPECT_EQ(ids({"--company", QString::number(b)}), (QList<qint64>{fresh, withdrawn}));
    const QJsonArray all = cli.run({"--json", "application", "list"}).json().array();
    EXPECT_EQ(all[0].toObject().value("overdue").toBool(), true);
    EXPECT_EQ(all[2].toObject().value("status").toString(), "withdrawn");
    EXPECT_EQ(cli.run({"application", "list", "--company", "x"}).exitCode, 1);
}

TEST(CliApplication, DecideGrantRefuseAndClosedDossiers)
{
    CliRunner cli;
    const qint64 company = cli.addCompany(1);
    const qint64 id = file(cli, company, "authorization", 3);
    const QString sid = QString::number(id);
    for (int i = 0; i < 4; ++i)
        document(cli, id, AuthorizationPieces[i], iso(-100));

    // Incomplete: exit 1, the rule and the piece named, nothing written.
    const int before = auditCount(cli);
    const CliResult incomplete = cli.run({"--json", "application", "decide", sid, "--grant",
                                          "--decision", "AUT/9", "--from", iso(0)});
    EXPECT_EQ(incomplete.exitCode, 1);
    EXPECT_TRUE(incomplete.out.isEmpty());
    EXPECT_TRUE(incomplete.err.contains("dossier-incomplete")) << incomplete.err.toStdString();
    EXPECT_TRUE(incomplete.err.contains("cnss-regularity")) << incomplete.err.toStdString();
    EXPECT_EQ(auditCount(cli), before);

    // A stale CNSS certificate (one year and a day old).
    document(cli, id, "cnss-regularity",
             QDate::currentDate().addYears(-1).addDays(-1).toString(Qt::ISODate));
    document(cli, id, "manager-id", iso(-400));
    const CliResult stale =
        cli.run({"application", "decide", sid, "--grant", "--decision", "AUT/9", "--from", iso(0)});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains("dossier-piece-stale")) << stale.err.toStdString();
    // Exactly one year old: still fresh.
    document(cli, id, "cnss-regularity", QDate::currentDate().addYears(-1).toString(Qt::ISODate));

    // Usage: both or neither of --grant/--refuse, or no --from.
    EXPECT_EQ(cli.run({"application", "decide", sid, "--decision", "X", "--from", iso(0)}).exitCode,
              2);
    EXPECT_EQ(cli.run({"application", "decide", sid, "--grant", "--refuse", "--decision", "X",
                       "--from", iso(0), "--reason", "r"})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({"application", "decide", sid, "--grant", "--decision", "X"}).exitCode, 2);

    const CliResult granted = cli.run({"--json", "application", "decide", sid, "--grant",
                                       "--decision", "AUT/2026/9", "--from", iso(0)});
    ASSERT_EQ(granted.exitCode, 0) << granted.err.toStdString();
    const QJsonObject json = granted.json().object();
    EXPECT_EQ(json.value("status").toString(), "granted");
    const qint64 rightId = json.value("right_id").toInteger();
    EXPECT_GT(rightId, 0);
    EXPECT_TRUE(json.value("number").toString().startsWith("AUT-"));

    // The right is the one `authorization show` knows, active today.
    const QJsonObject right =
        cli.run({"--json", "authorization", "show", QString::number(rightId)}).json().object();
    EXPECT_EQ(right.value("status").toString(), "active");
    EXPECT_EQ(right.value("number"), json.value("number"));

    // Decided: cannot be decided again nor withdrawn.
    const int after = auditCount(cli);
    const CliResult again = cli.run(
        {"application", "decide", sid, "--refuse", "--decision", "R", "--reason", "too late"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("application-closed")) << again.err.toStdString();
    EXPECT_EQ(cli.run({"application", "withdraw", sid}).exitCode, 1);
    EXPECT_EQ(auditCount(cli), after);

    // A refusal needs its reason.
    const qint64 other = file(cli, company, "international", 0);
    const QString so = QString::number(other);
    EXPECT_EQ(cli.run({"application", "decide", so, "--refuse", "--decision", "R/1"}).exitCode, 2);
    const CliResult blank =
        cli.run({"application", "decide", so, "--refuse", "--decision", "R/1", "--reason", " "});
    EXPECT_NE(blank.exitCode, 0);
    const CliResult refused = cli.run({"--json", "application", "decide", so, "--refuse",
                                       "--decision", "R/1", "--reason", "Capital insuffisant"});
    ASSERT_EQ(refused.exitCode, 0) << refused.err.toStdString();
    EXPECT_EQ(refused.json().object().value("status").toString(), "refused");
    const QJsonObject shown = cli.run({"--json", "application", "show", so}).json().object();
    EXPECT_EQ(shown.value("reason").toString(), "Capital insuffisant");
    EXPECT_EQ(shown.value("status").toString(), "refused");
}

TEST(CliApplication, WithdrawAndReceipt)
{
    CliRunner cli;
    const qint64 company = cli.addCompany(1);
    const qint64 id = file(cli, company, "national", 0);
    document(cli, id, "statutes", iso(-10));
    const QString pdf = cli.tempPath("recepisse.pdf");
    const CliResult receipt =
        cli.run({"--json", "application", "receipt", QString::number(id), "--out", pdf});
    ASSERT_EQ(receipt.exitCode, 0) << receipt.err.toStdString();
    EXPECT_EQ(receipt.json().object().value("receipt").toString(),
              QStringLiteral("REC-%1-0001").arg(QDate::currentDate().year()));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(bytes.size(), 5000);
    EXPECT_EQ(cli.run({"application", "receipt", "77", "--out", pdf}).exitCode, 1);
    EXPECT_EQ(cli.run({"application", "receipt", QString::number(id)}).exitCode, 2);

    const CliResult withdrawn = cli.run({"--json", "application", "withdraw", QString::number(id),
                                         "--reason", "Retiré par la société"});
    ASSERT_EQ(withdrawn.exitCode, 0) << withdrawn.err.toStdString();
    EXPECT_EQ(withdrawn.json().object().value("status").toString(), "withdrawn");
    EXPECT_EQ(cli.run({"application", "document", QString::number(id), "--kind", "films", "--dated",
                       iso(0)})
                  .exitCode,
              1);
    const QJsonArray audit =
        cli.run({"--json", "audit", "list", "--entity", "application", "--id", QString::number(id)})
            .json()
            .array();
    QStringList actions;
    for (const QJsonValue& e : audit)
        actions.append(e.toObject().value("action").toString());
    EXPECT_EQ(actions, (QStringList{"file", "piece", "withdraw"}));
}

namespace {
// The dossier of the four views: a stale, a fresh and a plain piece, three missing, one beyond
// the checklist, and statutes dated after today (recorded while the clock was ahead).
qint64 dossierOfEveryState(const CliRunner& cli, cinereg::Application& loaded)
{
    using namespace cinereg;
    const QDate today = QDate::currentDate();
    FixedClock clock(today);
    Register reg(cli.dbPath(), clock, QStringLiteral("clerk"));
    const qint64 company = reg.companies().add(sampleCompany(7)).value();
    NewApplication n;
    n.companyId = company;
    n.kind = RightKind::Authorization;
    n.received = today.addDays(-5);
    const qint64 id = ApplicationService(reg).file(n).value().id;
    const ApplicationService service(reg);
    EXPECT_TRUE(service.recordPiece(id, PieceKind::TaxRegularity, today.addDays(-400)));
    EXPECT_TRUE(service.recordPiece(id, PieceKind::CnssRegularity, today.addDays(-20)));
    EXPECT_TRUE(service.recordPiece(id, PieceKind::ManagerId, today.addYears(-6)));
    EXPECT_TRUE(service.recordPiece(id, PieceKind::Films, today.addDays(-30)));
    clock.setToday(today.addDays(30));
    EXPECT_TRUE(service.recordPiece(id, PieceKind::Statutes, today.addDays(10)));
    clock.setToday(today);
    loaded = *service.find(id);
    return id;
}
} // namespace

// `application show` (text and JSON) lists the pieces as DossierRules::pieces does: every
// required piece (missing ones too), the pieces beyond the checklist, and a piece dated after
// today as not yet issued (the JSON said "received", the text left out the extra piece).
TEST(CliApplication, ShowListsThePiecesAsTheOneListOfTheDossier)
{
    using namespace cinereg;
    CliRunner cli;
    Application a;
    const qint64 id = dossierOfEveryState(cli, a);
    const QVector<DossierRules::Item> items = DossierRules::pieces(a, QDate::currentDate());
    ASSERT_EQ(items.size(), 7);

    const CliResult json = cli.run({"--json", "application", "show", QString::number(id)});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray pieces = json.json().object().value("pieces").toArray();
    ASSERT_EQ(pieces.size(), items.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject p = pieces[i].toObject();
        EXPECT_EQ(p.value("kind").toString(), ApplicationNames::code(items[i].kind)) << i;
        EXPECT_EQ(p.value("state").toString(), DossierRules::stateCode(items[i].state)) << i;
        EXPECT_EQ(p.value("required").toBool(), items[i].required) << i;
        EXPECT_EQ(p.value("dated").toString(),
                  items[i].piece ? items[i].piece->dated.toString(Qt::ISODate) : QString())
            << i;
    }
    EXPECT_EQ(pieces[0].toObject().value("state").toString(), "not_yet_issued");

    const CliResult text = cli.run({"application", "show", QString::number(id)});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int header = int(lines.indexOf(QRegularExpression(QStringLiteral("^Piece\\s+Dated.*"))));
    ASSERT_GE(header, 0) << text.out.toStdString();
    const QString head = lines[header];
    const int dated = int(head.indexOf(QStringLiteral("Dated")));
    const int state = int(head.indexOf(QStringLiteral("State")));
    const int scan = int(head.indexOf(QStringLiteral("Scan")));
    lines = lines.mid(header + 2);
    ASSERT_EQ(lines.size(), items.size()) << text.out.toStdString();
    for (int i = 0; i < items.size(); ++i) {
        const QString& line = lines[i];
        EXPECT_EQ(line.left(dated).trimmed(), DossierRules::pieceLabel(items[i])) << i;
        EXPECT_EQ(line.mid(dated, state - dated).trimmed(),
                  items[i].piece ? items[i].piece->dated.toString(Qt::ISODate) : QString())
            << i;
        EXPECT_EQ(line.mid(state, scan - state).trimmed(), DossierRules::stateLabel(items[i].state))
            << i;
    }
}
