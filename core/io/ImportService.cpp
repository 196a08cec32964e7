#include "ImportService.h"

#include "../Identifiers.h"
#include "../services/CompanyBatch.h"
#include "../services/Register.h"
#include "../services/RightBatch.h"
#include "../services/RightService.h"
#include "../store/CompanyStore.h"
#include "../store/Database.h"
#include "../store/StoreAccess.h"
#include "CellText.h"
#include "ColumnMap.h"
#include "CsvReader.h"
#include "XlsxReader.h"

#include <algorithm>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace cinereg {

namespace {

bool isAsciiDigits(const QString& text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

bool isAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Spaces are ignored in an ICE; a sheet that stored it as a number lost its leading zeros.
QString iceFrom(const QString& text)
{
    QString ice;
    bool spaced = false;
    for (const QChar c : text)
        spaced = spaced || c.isSpace();
    if (!spaced) {
        ice = text;
    } else {
        ice.reserve(text.size());
        for (const QChar c : text)
            if (!c.isSpace())
                ice.append(c);
    }
    // ASCII text is looked at directly; any other goes through the pattern (\d), as before.
    static const QRegularExpression digits(QStringLiteral("^\\d{12,14}$"));
    const bool short12to14 = isAscii(ice)
                                 ? ice.size() >= 12 && ice.size() <= 14 && isAsciiDigits(ice)
                                 : digits.match(ice).hasMatch();
    if (short12to14)
        ice = ice.rightJustified(15, u'0');
    return ice;
}

std::optional<qint64> capitalFrom(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != u'\u00A0' && c != u'\u202F')
            plain.append(c);
    if (isAsciiDigits(plain)) { // the common case, read as the first pattern reads it
        bool ok = false;
        const qint64 value = plain.toLongLong(&ok);
        return ok ? std::optional(value) : std::nullopt;
    }
    static const QRegularExpression whole(QStringLiteral("^(\\d+)(?:[.,]0+)?$"));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(?:[.,]\\d{3})+$"));
    if (const auto m = whole.match(plain); m.hasMatch()) {
        bool ok = false;
        const qint64 value = m.captured(1).toLongLong(&ok);
        if (ok)
            return value;
    }
    if (grouped.match(plain).hasMatch()) {
        plain.remove(u'.');
        plain.remove(u',');
        bool ok = false;
        const qint64 value = plain.toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

// "CNPF|CCM; APPM" -> the bodies named, split on `|`, `,`, `;` or `+`, empty parts skipped.
QStringList bodiesOf(const QString& text)
{
    QStringList parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u'|' && text.at(i) != u',' && text.at(i) != u';' &&
            text.at(i) != u'+')
            continue;
        if (i > from)
            parts.append(text.mid(from, i - from));
        from = i + 1;
    }
    return parts;
}

} // namespace

QHash<QString, QStringList> ImportService::companyColumns()
{
    const auto names = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* n : list)
            out.append(QString::fromUtf8(n));
        return out;
    };
    return {
        {QStringLiteral("name"), names({"nom", "raison sociale", "denomination", "company",
                                        "company name", "societe", "nom de la societe"})},
        {QStringLiteral("name_ar"),
         names({"nom arabe", "nom en arabe", "raison sociale arabe", "raison sociale (arabe)",
                "arabic name", "name (arabic)", "الاسم", "الاسم بالعربية"})},
        {QStringLiteral("legal_form"), names({"form", "forme", "forme juridique", "legal form"})},
        {QStringLiteral("rc"), names({"n rc", "numero rc", "registre de commerce", "rc number"})},
        {QStringLiteral("rc_court"), names({"tribunal", "tribunal rc", "tribunal du rc", "court",
                                            "rc court", "register court"})},
        {QStringLiteral("ice"), names({"n ice", "identifiant commun de l entreprise"})},
        {QStringLiteral("ice_key_confirmed"), names({"cle ice confirmee", "ice key confirmed"})},
        {QStringLiteral("if"), names({"identifiant fiscal", "tax id", "n if"})},
        {QStringLiteral("cnss"), names({"n cnss", "affiliation cnss"})},
        {QStringLiteral("capital"), names({"capital mad", "capital social", "capital (mad)"})},
        {QStringLiteral("address"),
         names({"adresse", "siege", "siege social", "registered office"})},
        {QStringLiteral("city"), names({"ville"})},
        {QStringLiteral("manager"), names({"gerant", "dirigeant", "manager name"})},
        {QStringLiteral("manager_id"), names({"cnie", "cnie du gerant", "manager cnie"})},
        {QStringLiteral("email"), names({"e-mail", "courriel", "mail"})},
        {QStringLiteral("phone"), names({"telephone", "tel", "phone number"})},
        {QStringLiteral("member_of"),
         names({"membre de", "membership", "memberships", "bodies", "chambre", "chambres",
                "organisme professionnel", "organismes professionnels"})},
    };
}

QHash<QString, QStringList> ImportService::rightColumns()
{
    const auto names = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* n : list)
            out.append(QString::fromUtf8(n));
        return out;
    };
    return {
        {QStringLiteral("ice"), names({"n ice", "ice de la societe", "company ice"})},
        {QStringLiteral("right"), names({"droit", "type", "type de droit", "kind", "nature"})},
        {QStringLiteral("number"), names({"numero", "n", "no", "n du droit", "right number"})},
        {QStringLiteral("decision"), names({"reference", "decision reference", "ref decision",
                                            "reference de la decision", "n decision"})},
        {QStringLiteral("decision_date"),
         names({"date de decision", "date decision", "date de la decision", "decided on"})},
        {QStringLiteral("from"), names({"du", "debut", "valid from", "valable du", "date d effet",
                                        "date de debut", "valid_from"})},
        {QStringLiteral("until"), names({"au", "fin", "valid until", "valable jusqu au",
                                         "date de fin", "jusqu au", "valid_until"})},
        {QStringLiteral("status"), names({"statut", "etat", "state"})},
        {QStringLiteral("since"), names({"depuis", "date du statut", "status date", "le"})},
        {QStringLiteral("reason"), names({"motif", "raison", "cause"})},
        {QStringLiteral("status_decision"),
         names({"decision du statut", "status decision", "decision de suspension ou retrait"})},
    };
}

Outcome<SheetTable> ImportService::readBytes(const QByteArray& bytes)
{
    // An XLSX workbook is a zip archive: recognized by its signature whatever its name.
    if (bytes.startsWith("PK\x03\x04"))
        return XlsxReader::read(bytes);
    return CsvReader::read(bytes);
}

Outcome<SheetTable> ImportService::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("Cannot read %1: %2.").arg(path, file.errorString())};
    return readBytes(file.readAll());
}

QVector<ImportProblem> ImportService::missingColumns(const ColumnMap& columns,
                                                     const QStringList& required, int line)
{
    QVector<ImportProblem> problems;
    for (const QString& key : required)
        if (!columns.has(key))
            problems.append({line, key, tr("The header has no column %1.").arg(key)});
    return problems;
}

Company ImportService::companyFrom(const ColumnMap& columns, const SheetRow& row,
                                   QVector<ImportProblem>& problems)
{
    // The keys are literals: no string is built to look a column up.
    const auto value = [&](const QString& key) { return columns.value(row.cells, key); };
    Company c;
    c.name = value(QStringLiteral("name"));
    c.nameAr = value(QStringLiteral("name_ar"));
    c.legalForm = value(QStringLiteral("legal_form"));
    c.rcNumber = value(QStringLiteral("rc"));
    c.rcCourt = value(QStringLiteral("rc_court"));
    c.ice = iceFrom(value(QStringLiteral("ice")));
    c.iceKeyConfirmed = CellText::yes(value(QStringLiteral("ice_key_confirmed")));
    c.taxId = value(QStringLiteral("if"));
    c.cnss = value(QStringLiteral("cnss"));
    const QString capital = value(QStringLiteral("capital"));
    if (!capital.isEmpty()) {
        c.capital = capitalFrom(capital);
        if (!c.capital)
            problems.append(
                {row.line, QStringLiteral("capital"),
                 tr("The capital \"%1\" is not a whole number of dirhams.").arg(capital)});
    }
    c.address = value(QStringLiteral("address"));
    c.city = value(QStringLiteral("city"));
    c.manager = value(QStringLiteral("manager"));
    c.managerId = value(QStringLiteral("manager_id"));
    c.email = value(QStringLiteral("email"));
    c.phone = value(QStringLiteral("phone"));
    for (const QString& part : bodiesOf(value(QStringLiteral("member_of")))) {
        // "CNPF" or "CNPF:2015-03-01" (member since).
        const QStringList pieces = part.trimmed().split(u':');
        Membership m;
        m.body = pieces.at(0).trimmed();
        if (pieces.size() > 1 && !pieces.at(1).trimmed().isEmpty()) {
            m.since = CellText::date(pieces.at(1));
            if (!m.since.isValid())
                problems.append({row.line, QStringLiteral("member_of"),
                                 tr("\"%1\" is not a date (YYYY-MM-DD or DD/MM/YYYY).")
                                     .arg(pieces.at(1).trimmed())});
        }
        if (!m.body.isEmpty())
            c.memberships.append(m);
    }
    return c;
}

ImportReport ImportService::importCompanies(SheetTable table, const ImportOptions& options,
                                            const ImportProgress& progress) const
{
    ImportReport report;
    if (auto refusal = m_reg.require(Action::Import)) {
        report.rejected.append({0, refusal->field, refusal->message});
        report.refused = refusal;
        return report;
    }
    const ColumnMap columns = ColumnMap::locate(table, companyColumns());
    report.rejected = missingColumns(
        columns, {QStringLiteral("name"), QStringLiteral("ice"), QStringLiteral("rc")},
        table.headerLine);
    if (!report.rejected.isEmpty())
        return report;

    Transaction tx(StoreAccess::of(m_reg));
    const Register::SettingsPin settings(m_reg); // read once, under the write lock
    const Register::ClockPin now(m_reg);         // one time for every record and audit entry
    // The register's ICEs and RCs, read once under the write lock; each accepted row joins
    // them, so a duplicate between two rows of the file is refused like one already registered.
    CompanyBatch companies(m_reg, tx);
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        const SheetRow& row = table.rows.at(i);
        QVector<ImportProblem> problems;
        const Company company = companyFrom(columns, row, problems);
        if (problems.isEmpty() && !companies.add(company)) {
            // Every problem of the refused row at once, so the clerk fixes the sheet in one
            // pass (asked only on refusal: a valid row is validated once).
            for (const Refusal& r : companies.validate(company))
                problems.append({row.line, r.field, r.message});
        }
        if (problems.isEmpty())
            ++report.imported;
        else
            report.rejected += problems;
        if (progress && !progress(i + 1, total)) {
            report.cancelled = true;
            return report;
        }
    }
    if (!options.dryRun && (report.rejected.isEmpty() || options.skipInvalid)) {
        companies.finish(); // the search entries, together
        tx.commit();
        report.written = true;
    }
    return report;
}

ImportService::RightRow ImportService::rightFrom(const ColumnMap& columns, const SheetRow& row,
                                                 QVector<ImportProblem>& problems)
{
    // The keys are literals: no string is built to look a column up.
    const auto value = [&](const QString& key) { return columns.value(row.cells, key); };
    const auto dateOf = [&](const QString& key, bool required) {
        const QString text = value(key);
        if (text.isEmpty()) {
            if (required)
                problems.append({row.line, key, tr("The column %1 is required.").arg(key)});
            return QDate();
        }
        const QDate date = CellText::date(text);
        if (!date.isValid())
            problems.append(
                {row.line, key, tr("\"%1\" is not a date (YYYY-MM-DD or DD/MM/YYYY).").arg(text)});
        return date;
    };

    RightRow r;
    r.ice = iceFrom(value(QStringLiteral("ice")));
    const auto kind = CellText::rightKind(value(QStringLiteral("right")));
    if (!kind)
        problems.append({row.line, QStringLiteral("right"),
                         tr("\"%1\" is not a right: write authorization, national or "
                            "international.")
                             .arg(value(QStringLiteral("right")))});
    r.grant.kind = kind.value_or(RightKind::Authorization);
    r.number = value(QStringLiteral("number"));
    r.grant.reference = value(QStringLiteral("decision"));
    r.grant.decisionDate = dateOf(QStringLiteral("decision_date"), false);
    r.grant.validFrom = dateOf(QStringLiteral("from"), true);
    // An empty end in a register's sheet means the right has none, whatever the default term.
    const QDate until = dateOf(QStringLiteral("until"), false);
    r.grant.end = until.isValid() ? ValidityEnd::until(until) : ValidityEnd::noEnd();

    const QString statusText = value(QStringLiteral("status"));
    if (!statusText.isEmpty()) {
        r.status = CellText::status(statusText);
        if (!r.status)
            problems.append({row.line, QStringLiteral("status"),
                             tr("\"%1\" is not a status: write active, suspended or revoked.")
                                 .arg(statusText)});
    }
    if (r.status == RightStatus::Suspended || r.status == RightStatus::Revoked) {
        r.decision.type =
            *r.status == RightStatus::Suspended ? DecisionType::Suspend : DecisionType::Revoke;
        r.decision.effective = dateOf(QStringLiteral("since"), true);
        r.decision.decisionDate = r.decision.effective;
        r.decision.reason = value(QStringLiteral("reason"));
        r.decision.reference = value(QStringLiteral("status_decision"));
    }
    return r;
}

ImportReport ImportService::importRights(SheetTable table, const ImportOptions& options,
                                         const ImportProgress& progress) const
{
    ImportReport report;
    if (auto refusal = m_reg.require(Action::Import)) {
        report.rejected.append({0, refusal->field, refusal->message});
        report.refused = refusal;
        return report;
    }
    const ColumnMap columns = ColumnMap::locate(table, rightColumns());
    report.rejected = missingColumns(columns,
                                     {QStringLiteral("ice"), QStringLiteral("right"),
                                      QStringLiteral("decision"), QStringLiteral("from")},
                                     table.headerLine);
    if (!report.rejected.isEmpty())
        return report;

    // Authorizations first: an accreditation needs its company's authorization (rule 2),
    // whatever order the clerk's sheet lists them in.
    QVector<QPair<SheetRow, RightRow>> rows;
    QVector<ImportProblem> readProblems;
    for (const SheetRow& row : table.rows) {
        QVector<ImportProblem> problems;
        RightRow right = rightFrom(columns, row, problems);
        if (problems.isEmpty())
            rows.append({row, right});
        else
            readProblems += problems;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return (a.second.grant.kind == RightKind::Authorization) &&
               (b.second.grant.kind != RightKind::Authorization);
    });

    Transaction tx(StoreAccess::of(m_reg));
    const Register::SettingsPin settings(m_reg); // read once, under the write lock
    const Register::ClockPin now(m_reg);         // one time for every decision and audit entry
    // The companies named by the sheet, their records and rights read once under the write
    // lock: each row is checked against them by the grant's own rules (RightBatch).
    const QHash<QString, qint64> companyOfIce =
        CompanyStore(StoreAccess::of(m_reg)).identifiers().byIce;
    QVector<qint64> named;
    QSet<qint64> seen;
    for (const auto& [row, right] : std::as_const(rows))
        if (const qint64 id = companyOfIce.value(right.ice); id && !seen.contains(id)) {
            seen.insert(id);
            named.append(id);
        }
    RightBatch batch(m_reg, tx, named);
    const int total = int(table.rows.size());
    int done = int(table.rows.size() - rows.size());
    for (const auto& [row, right] : std::as_const(rows)) {
        QVector<ImportProblem> problems;
        if (importRight(batch, companyOfIce.value(right.ice), right, row.line, problems))
            ++report.imported;
        else
            report.rejected += problems;
        if (progress && !progress(++done, total)) {
            report.cancelled = true;
            return report;
        }
    }
    report.rejected += readProblems;
    std::stable_sort(
        report.rejected.begin(), report.rejected.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (!options.dryRun && (report.rejected.isEmpty() || options.skipInvalid)) {
        batch.finish(); // each company's standing periods, once
        tx.commit();
        report.written = true;
    }
    return report;
}

bool ImportService::importRight(RightBatch& batch, qint64 companyId, const RightRow& r, int line,
                                QVector<ImportProblem>& problems) const
{
    if (!companyId) {
        problems.append({line, QStringLiteral("ice"),
                         tr("No company with ICE %1 in the register.").arg(r.ice)});
        return false;
    }
    const bool decided = r.status == RightStatus::Suspended || r.status == RightStatus::Revoked;
    const Outcome<Granted> granted = batch.grant(
        companyId, r.grant, r.number, decided ? std::optional(r.decision) : std::nullopt);
    if (!granted) {
        problems.append({line, granted.refusal().field, granted.refusal().message});
        return false;
    }
    return true;
}

} // namespace cinereg
