// certificate issue | batch | verify, export list, publish (the public verification page)
#include "certificates/CertificatePdfFile.h"
#include "certificates/CertificateRenderer.h"
#include "certificates/CertificateService.h"
#include "certificates/PdfCodeReader.h"
#include "certificates/PublishedList.h"
#include "certificates/VerificationPagePublisher.h"
#include "CliCommand.h"
#include "Names.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

QCommandLineOption option(const char* name, const QString& help, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value));
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<RightKind> tierOption(CliContext& ctx, const QCommandLineParser& p, bool required,
                                    int& code)
{
    if (!p.isSet(QStringLiteral("tier"))) {
        if (required)
            code = ctx.usage(Cli::tr("Missing option --tier."));
        return std::nullopt;
    }
    const auto tier = Names::tier(p.value(QStringLiteral("tier")));
    if (!tier)
        code = ctx.refuse(QStringLiteral("tier"),
                          Cli::tr("--tier must be national or international."));
    return tier;
}

// Issues the certificates into one PDF: rendered into a temporary file first (a failure
// records nothing), put in place only once the certificates are recorded.
Outcome<QVector<CertificateContent>> issueInto(CliContext& ctx, const QVector<qint64>& ids,
                                               const QString& out)
{
    const CertificateService service(ctx.reg());
    CertificatePdfFile file(out, service.pageOptions());
    return service.issue(
        ids, [&](const QVector<CertificateContent>& all) { return file.write(all); },
        [&] { return file.commit(); });
}

int certificateIssue(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.value(0), QStringLiteral("accreditation"), code);
    if (!id)
        return code;
    const auto out = ctx.required(p, QStringLiteral("out"), code);
    if (!out)
        return code;
    const auto issued = issueInto(ctx, {*id}, *out);
    if (!issued)
        return ctx.refuse(issued.refusal());
    const CertificateContent& c = issued.value().front();
    if (ctx.json())
        return ctx.printJson(
            QJsonObject{{QStringLiteral("number"), c.number},
                        {QStringLiteral("verification_code"), c.code},
                        {QStringLiteral("file"), QFileInfo(*out).absoluteFilePath()},
                        {QStringLiteral("duplicate"), c.duplicate}});
    return ctx.printText(
        c.duplicate ? Cli::tr("Certificate %1 reprinted as DUPLICATA into %2.").arg(c.number, *out)
                    : Cli::tr("Certificate %1 issued into %2.\nVerification code: %3")
                          .arg(c.number, *out, c.code));
}

int certificateBatch(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    const auto tier = tierOption(ctx, p, false, code);
    if (code != Done)
        return code;
    const auto on = ctx.date(p, QStringLiteral("on"), false, code);
    if (code != Done)
        return code;
    const auto out = ctx.required(p, QStringLiteral("out"), code);
    if (!out)
        return code;
    const QDate day = on.value_or(ctx.reg().today());
    const QVector<qint64> ids = CertificateService(ctx.reg()).effectiveAccreditations(tier, day);
    const auto issued = issueInto(ctx, ids, *out);
    if (!issued)
        return ctx.refuse(issued.refusal());
    int duplicates = 0;
    QJsonArray numbers;
    for (const CertificateContent& c : issued.value()) {
        numbers.append(c.number);
        duplicates += c.duplicate ? 1 : 0;
    }
    if (ctx.json())
        return ctx.printJson(
            QJsonObject{{QStringLiteral("file"), QFileInfo(*out).absoluteFilePath()},
                        {QStringLiteral("count"), numbers.size()},
                        {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("numbers"), numbers}});
    return ctx.printText(Cli::tr("%1 certificate(s) written into %2 (%3 reprinted as DUPLICATA).")
                             .arg(numbers.size())
                             .arg(*out)
                             .arg(duplicates));
}

QJsonObject verificationJson(const Verification& v)
{
    QJsonObject o{{QStringLiteral("status"), Verification::statusCode(v.status)},
                  {QStringLiteral("reason"), v.reason}};
    if (v.code) {
        o.insert(QStringLiteral("number"), v.code->number);
        o.insert(QStringLiteral("ice"), v.code->ice);
        o.insert(QStringLiteral("tier"), Names::code(v.code->tier));
        o.insert(QStringLiteral("valid_from"), dateText(v.code->validFrom));
        o.insert(QStringLiteral("valid_until"), dateText(v.code->validUntil));
        o.insert(QStringLiteral("issued_on"), dateText(v.code->issuedOn));
        o.insert(QStringLiteral("key_id"), v.code->keyId);
    }
    if (v.held)
        o.insert(QStringLiteral("company"), v.held->holderName);
    return o;
}

QString verificationText(const Verification& v)
{
    QString text = QStringLiteral("%1: %2").arg(Verification::statusLabel(v.status), v.reason);
    if (v.code)
        text +=
            QLatin1Char('\n') + Cli::tr("Number %1, ICE %2, %3, valid from %4 until %5, "
                                        "issued on %6.")
                                    .arg(v.code->number, v.code->ice, Names::label(v.code->tier),
                                         dateText(v.code->validFrom),
                                         v.code->validUntil.isValid() ? dateText(v.code->validUntil)
                                                                      : Cli::tr("no limit"),
                                         dateText(v.code->issuedOn));
    if (v.held)
        text += QLatin1Char('\n') + Cli::tr("Holder: %1.").arg(v.held->holderName);
    return text;
}

int certificateVerify(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const QString input = args.value(0);
    QStringList codes{input};
    if (input.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) && QFileInfo::exists(input)) {
        const auto found = PdfCodeReader::codes(input);
        if (!found)
            return ctx.refuse(QStringLiteral("file"),
                              Cli::tr("%1 is not a readable PDF file.").arg(input));
        if (found->isEmpty())
            return ctx.refuse(QStringLiteral("file"),
                              Cli::tr("No verification code was found in %1.").arg(input));
        codes = *found;
    }
    const CertificateService service(ctx.reg());
    QJsonArray all;
    QStringList texts;
    bool everyValid = true;
    for (const QString& c : codes) {
        const Verification v = service.verify(c);
        everyValid = everyValid && v.status == CertificateStatus::Valid;
        all.append(verificationJson(v));
        texts.append(verificationText(v));
    }
    if (ctx.json())
        ctx.printJson(all.size() == 1 ? QJsonValue(all.first()) : QJsonValue(all));
    else
        ctx.printText(texts.join(QStringLiteral("\n\n")));
    return everyValid ? Done : Refused;
}

int exportList(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    const auto tier = tierOption(ctx, p, true, code);
    if (!tier)
        return code;
    const auto on = ctx.date(p, QStringLiteral("on"), true, code);
    if (!on)
        return code;
    const auto out = ctx.required(p, QStringLiteral("out"), code);
    if (!out)
        return code;
    const int listed = PublishedList::writePdf(ctx.reg(), *tier, *on, *out);
    if (listed < 0)
        return ctx.refuse(QStringLiteral("out"), Cli::tr("%1 cannot be written.").arg(*out));
    if (ctx.json())
        return ctx.printJson(
            QJsonObject{{QStringLiteral("file"), QFileInfo(*out).absoluteFilePath()},
                        {QStringLiteral("count"), listed}});
    return ctx.printText(Cli::tr("%1 companies listed in %2.").arg(listed).arg(*out));
}

int publish(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const auto published = VerificationPagePublisher(ctx.reg()).publish(args.value(0));
    if (!published)
        return ctx.refuse(published.refusal());
    const VerificationPagePublisher::Published& p = published.value();
    if (ctx.json()) {
        QJsonArray files;
        for (const QString& f : p.files)
            files.append(f);
        return ctx.printJson(
            QJsonObject{{QStringLiteral("folder"), QFileInfo(args.value(0)).absoluteFilePath()},
                        {QStringLiteral("certificates"), p.certificates},
                        {QStringLiteral("made"), p.made.toString(Qt::ISODate)},
                        {QStringLiteral("trust_until"), p.trustUntil.toString(Qt::ISODate)},
                        {QStringLiteral("files"), files}});
    }
    return ctx.printText(
        Cli::tr("Verification page written into %1: %n certificate(s) in the "
                "signed status list, not to be trusted after %2.",
                nullptr, p.certificates)
            .arg(QDir::toNativeSeparators(args.value(0)), p.trustUntil.toString(Qt::ISODate)));
}

} // namespace

void addCertificateCommands(CommandList& commands)
{
    const QCommandLineOption outOption =
        option("out", Cli::tr("The PDF file to write."), "FILE.pdf");
    commands.append({{QStringLiteral("certificate"), QStringLiteral("issue")},
                     QStringLiteral("ACCREDITATION_ID --out FILE.pdf"),
                     Cli::tr("Issue the certificate of an accreditation effective today (a "
                             "reprint is marked DUPLICATA and keeps its number)."),
                     {outOption},
                     1,
                     certificateIssue});
    commands.append(
        {{QStringLiteral("certificate"), QStringLiteral("batch")},
         QStringLiteral("[--tier national|international] [--on DATE] --out FILE.pdf"),
         Cli::tr("Issue into one PDF the certificates of every accreditation effective on a day."),
         {option("tier", Cli::tr("national or international (default: both)."), "TIER"),
          option("on", Cli::tr("The day the accreditations must be effective (default: today)."),
                 "DATE"),
          outOption},
         0,
         certificateBatch});
    commands.append({{QStringLiteral("certificate"), QStringLiteral("verify")},
                     QStringLiteral("CODE|FILE.pdf"),
                     Cli::tr("Status of a certificate from its verification code or its PDF: "
                             "valid, suspended, revoked, expired, unknown or forged."),
                     {},
                     1,
                     certificateVerify});
    commands.append({{QStringLiteral("export"), QStringLiteral("list")},
                     QStringLiteral("--tier national|international --on DATE --out FILE.pdf"),
                     Cli::tr("The published list of accredited companies (French and Arabic)."),
                     {option("tier", Cli::tr("national or international."), "TIER"),
                      option("on", Cli::tr("The day of the list."), "DATE"), outOption},
                     0,
                     exportList});
    commands.append({{QStringLiteral("publish")},
                     QStringLiteral("DIR"),
                     Cli::tr("Write the public verification page into a folder to copy to the "
                             "web site: the page, the public keys and the signed status list."),
                     {},
                     1,
                     publish});
}

} // namespace cinereg::cli
