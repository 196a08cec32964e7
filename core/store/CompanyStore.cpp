#include "CompanyStore.h"

#include "../TextNormalizer.h"
#include "BulkInsert.h"
#include "Names.h"
#include "SealPause.h"
#include "SearchIndex.h"

#include <algorithm>
#include <QSqlQuery>

namespace cinereg {

namespace {
const QString Columns = QStringLiteral(
    "c.id, c.name, c.name_ar, c.legal_form, c.rc_number, c.rc_court, c.ice, c.ice_key_confirmed, "
    "c.tax_id, c.cnss, c.capital, c.address, c.city, c.manager, c.manager_id, c.email, c.phone");

QString searchText(const Company& c)
{
    return TextNormalizer::fold(c.name) + QLatin1Char(' ') + TextNormalizer::fold(c.nameAr) +
           QLatin1Char(' ') + c.ice + QLatin1Char(' ') + c.rcNumber;
}

CompanySummary summaryFrom(const QSqlQuery& q)
{
    CompanySummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.nameAr = q.value(2).toString();
    s.legalForm = q.value(3).toString();
    s.ice = q.value(4).toString();
    s.rcNumber = q.value(5).toString();
    s.rcCourt = q.value(6).toString();
    s.city = q.value(7).toString();
    return s;
}
} // namespace

QString CompanyStore::courtKey(const QString& court)
{
    return TextNormalizer::fold(court);
}

QString CompanyStore::rcKey(const QString& rcNumber, const QString& rcCourt)
{
    return rcNumber + QChar(0x1f) + courtKey(rcCourt);
}

qint64 CompanyIdentifiers::holderOfRc(const QString& rcNumber, const QString& rcCourt) const
{
    return byRc.value(CompanyStore::rcKey(rcNumber, rcCourt));
}

void CompanyIdentifiers::add(qint64 id, const Company& company)
{
    if (!company.ice.isEmpty())
        byIce.insert(company.ice, id);
    if (!company.rcNumber.isEmpty())
        byRc.insert(CompanyStore::rcKey(company.rcNumber, company.rcCourt), id);
}

namespace {
const QStringList InsertColumns{QStringLiteral("name"),       QStringLiteral("name_ar"),
                                QStringLiteral("legal_form"), QStringLiteral("rc_number"),
                                QStringLiteral("rc_court"),   QStringLiteral("rc_court_key"),
                                QStringLiteral("ice"),        QStringLiteral("ice_key_confirmed"),
                                QStringLiteral("tax_id"),     QStringLiteral("cnss"),
                                QStringLiteral("capital"),    QStringLiteral("address"),
                                QStringLiteral("city"),       QStringLiteral("manager"),
                                QStringLiteral("manager_id"), QStringLiteral("email"),
                                QStringLiteral("phone"),      QStringLiteral("sort_key"),
                                QStringLiteral("created_at"), QStringLiteral("created_by")};

// The values of a new company's row, in InsertColumns' order.
QVariantList insertValues(const Company& c, const QString& user, const QDateTime& at)
{
    return {c.name,
            sqlText(c.nameAr),
            c.legalForm,
            c.rcNumber,
            c.rcCourt,
            CompanyStore::courtKey(c.rcCourt),
            c.ice,
            c.iceKeyConfirmed ? 1 : 0,
            sqlText(c.taxId),
            sqlText(c.cnss),
            c.capital ? QVariant(*c.capital) : QVariant(QMetaType::fromType<qint64>()),
            c.address,
            c.city,
            sqlText(c.manager),
            sqlText(c.managerId),
            sqlText(c.email),
            sqlText(c.phone),
            TextNormalizer::fold(c.name),
            at.toString(Qt::ISODate),
            user};
}
} // namespace

qint64 CompanyStore::insert(const Company& c, const QString& user, const QDateTime& at,
                            Indexing search)
{
    QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO companies (%1) VALUES (?%2)")
                               .arg(InsertColumns.join(QStringLiteral(", ")),
                                    QStringLiteral(",?").repeated(InsertColumns.size() - 1)),
                           insertValues(c, user, at));
    Company stored = c;
    stored.id = m_db.insertedId(q);
    saveMemberships(stored);
    if (search == Indexing::Now)
        index(stored);
    return stored.id;
}

void CompanyStore::insertAll(const QVector<Company>& companies, const QString& user,
                             const QDateTime& at)
{
    if (companies.isEmpty())
        return;
    qint64 first = companies.front().id;
    for (const Company& c : companies)
        first = std::min(first, c.id);
    const SealPause seal(m_db, {QStringLiteral("companies"), QStringLiteral("memberships")});
    BulkInsert rows(m_db, QStringLiteral("companies"),
                    QStringList{QStringLiteral("id")} + InsertColumns);
    BulkInsert members(
        m_db, QStringLiteral("memberships"),
        {QStringLiteral("company_id"), QStringLiteral("body"), QStringLiteral("since")});
    for (const Company& c : companies)
        rows.add(QVariantList{c.id} + insertValues(c, user, at));
    rows.flush();
    for (const Company& c : companies)
        for (const Membership& m : c.memberships)
            members.add({c.id, m.body, sqlDate(m.since)});
    members.flush();
    // Every id from `first` on is one of these companies: the caller reserved them above the
    // table's largest, under the write lock.
    seal.added(QStringLiteral("companies"), QStringLiteral("id >= ?"), {first});
    seal.added(QStringLiteral("memberships"), QStringLiteral("company_id >= ?"), {first});
    index(companies);
}

void CompanyStore::update(const Company& c)
{
    m_db.run(QStringLiteral("UPDATE companies SET name=?, name_ar=?, legal_form=?, rc_number=?, "
                            "rc_court=?, rc_court_key=?, ice=?, ice_key_confirmed=?, tax_id=?, "
                            "cnss=?, capital=?, address=?, city=?, manager=?, manager_id=?, "
                            "email=?, phone=?, sort_key=? WHERE id=?"),
             {c.name, sqlText(c.nameAr), c.legalForm, c.rcNumber, c.rcCourt, courtKey(c.rcCourt),
              c.ice, c.iceKeyConfirmed ? 1 : 0, sqlText(c.taxId), sqlText(c.cnss),
              c.capital ? QVariant(*c.capital) : QVariant(QMetaType::fromType<qint64>()), c.address,
              c.city, sqlText(c.manager), sqlText(c.managerId), sqlText(c.email), sqlText(c.phone),
              TextNormalizer::fold(c.name), c.id});
    m_db.run(QStringLiteral("DELETE FROM memberships WHERE company_id = ?"), {c.id});
    saveMemberships(c);
    SearchIndex(m_db).erase(c.id);
    index(c);
}

void CompanyStore::saveMemberships(const Company& c)
{
    for (const Membership& m : c.memberships)
        m_db.run(QStringLiteral("INSERT INTO memberships (company_id, body, since) VALUES (?,?,?)"),
                 {c.id, m.body, sqlDate(m.since)});
}

void CompanyStore::index(const QVector<Company>& companies)
{
    QVector<std::pair<qint64, QString>> texts;
    texts.reserve(companies.size());
    for (const Company& c : companies)
        texts.append({c.id, searchText(c)});
    SearchIndex(m_db).writeAll(texts);
}

void CompanyStore::index(const Company& c)
{
    SearchIndex(m_db).write(c.id, searchText(c));
}

namespace {
Company companyFrom(const QSqlQuery& q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.nameAr = q.value(2).toString();
    c.legalForm = q.value(3).toString();
    c.rcNumber = q.value(4).toString();
    c.rcCourt = q.value(5).toString();
    c.ice = q.value(6).toString();
    c.iceKeyConfirmed = q.value(7).toBool();
    c.taxId = q.value(8).toString();
    c.cnss = q.value(9).toString();
    if (!q.value(10).isNull())
        c.capital = q.value(10).toLongLong();
    c.address = q.value(11).toString();
    c.city = q.value(12).toString();
    c.manager = q.value(13).toString();
    c.managerId = q.value(14).toString();
    c.email = q.value(15).toString();
    c.phone = q.value(16).toString();
    return c;
}
} // namespace

std::optional<Company> CompanyStore::find(qint64 id) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT %1 FROM companies c WHERE c.id = ?").arg(Columns), {id});
    if (!q.next())
        return std::nullopt;
    Company c = companyFrom(q);
    q.finish();
    QSqlQuery m = m_db.run(
        QStringLiteral("SELECT body, since FROM memberships WHERE company_id = ? ORDER BY body"),
        {id});
    while (m.next())
        c.memberships.append({m.value(0).toString(), dateFromSql(m.value(1))});
    return c;
}

QHash<qint64, Company> CompanyStore::records(const QVector<qint64>& ids) const
{
    QHash<qint64, Company> out;
    if (ids.isEmpty())
        return out;
    out.reserve(ids.size());
    const QString wanted = idArray(ids);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM companies c WHERE c.id IN (%2)")
                               .arg(Columns, m_db.dialect().idsOf()),
                           {wanted});
    while (q.next()) {
        Company c = companyFrom(q);
        out.insert(c.id, std::move(c));
    }
    q.finish();
    QSqlQuery m = m_db.run(QStringLiteral("SELECT company_id, body, since FROM memberships "
                                          "WHERE company_id IN (%1) "
                                          "ORDER BY company_id, body")
                               .arg(m_db.dialect().idsOf()),
                           {wanted});
    while (m.next()) {
        const auto it = out.find(m.value(0).toLongLong());
        if (it != out.end())
            it->memberships.append({m.value(1).toString(), dateFromSql(m.value(2))});
    }
    return out;
}

bool CompanyStore::exists(qint64 id) const
{
    return m_db.run(QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), {id}).next();
}

qint64 CompanyStore::idByIce(const QString& ice) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id FROM companies WHERE ice = ?"), {ice});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CompanyStore::idByRc(const QString& rcNumber, const QString& rcCourt) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id FROM companies WHERE rc_number = ? AND rc_court_key = ?"),
        {rcNumber, courtKey(rcCourt)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

CompanyIdentifiers CompanyStore::identifiers() const
{
    CompanyIdentifiers known;
    // rc_court_key is courtKey(rc_court), stored with each company: the same key as rcKey's.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, ice, rc_number, rc_court_key FROM companies ORDER BY id"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString ice = q.value(1).toString();
        const QString rc = q.value(2).toString();
        // The first holder, as idByIce/idByRc's lookups would find on an intact register.
        if (!ice.isEmpty() && !known.byIce.contains(ice))
            known.byIce.insert(ice, id);
        const QString key = rc + QChar(0x1f) + q.value(3).toString();
        if (!rc.isEmpty() && !known.byRc.contains(key))
            known.byRc.insert(key, id);
    }
    return known;
}

QString CompanyStore::whereClause(const CompanyFilter& filter, QVariantList& params,
                                  const QString& extraCondition) const
{
    QStringList conditions;
    QString folded = TextNormalizer::fold(filter.search);
    QString digitsOnly = filter.search;
    digitsOnly.remove(QLatin1Char(' '));
    const bool isNumber =
        !digitsOnly.isEmpty() &&
        std::all_of(digitsOnly.begin(), digitsOnly.end(), [](QChar ch) { return ch.isDigit(); });
    if (isNumber)
        folded = digitsOnly; // an ICE typed with spaces is one number, not several words
    if (folded.isEmpty() && !filter.search.trimmed().isEmpty()) {
        // Text made only of punctuation ("%", "_", "*", a quote) folds to nothing: it matches no
        // name, rather than dropping the condition and listing every company.
        conditions.append(QStringLiteral("1 = 0"));
    } else if (!folded.isEmpty()) {
        conditions += SearchIndex(m_db).conditions(
            folded.split(QLatin1Char(' '), Qt::SkipEmptyParts), params);
    }
    if (!filter.city.isEmpty()) {
        const SqlDialect& sql = m_db.dialect();
        conditions.append(sql.caseless(QStringLiteral("c.city")) + QStringLiteral(" = ") +
                          sql.caseless(QStringLiteral("?")));
        params.append(filter.city.simplified());
    }
    if (!filter.body.isEmpty()) {
        conditions.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM memberships m WHERE m.company_id = c.id AND m.body = ?)"));
        params.append(filter.body);
    }
    if (filter.holds) {
        conditions.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM rights r WHERE r.company_id = c.id AND r.kind = ?)"));
        params.append(Names::code(*filter.holds));
    }
    if (!extraCondition.isEmpty())
        conditions.append(extraCondition);
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString CompanyStore::orderClause(const CompanyFilter& filter) const
{
    const SqlDialect& sql = m_db.dialect();
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    switch (filter.order) {
    case CompanyFilter::Order::NameAr:
        return QStringLiteral(" ORDER BY %2%1%3, c.id")
            .arg(direction, sql.binary(QStringLiteral("c.name_ar")),
                 sql.nullsAsSQLite(filter.descending));
    case CompanyFilter::Order::Ice:
        return QStringLiteral(" ORDER BY c.ice%1").arg(direction);
    case CompanyFilter::Order::City:
        return QStringLiteral(" ORDER BY %2%1, %3, c.id")
            .arg(direction, sql.caseless(QStringLiteral("c.city")),
                 sql.binary(QStringLiteral("c.sort_key")));
    case CompanyFilter::Order::Name:
        break;
    }
    return QStringLiteral(" ORDER BY %2%1, c.id%1")
        .arg(direction, sql.binary(QStringLiteral("c.sort_key")));
}

QString CompanyStore::listQuery(const CompanyFilter& filter, QVariantList& params) const
{
    QString sql =
        QStringLiteral("SELECT c.id, c.name, c.name_ar, c.legal_form, c.ice, c.rc_number, "
                       "c.rc_court, c.city FROM companies c") +
        whereClause(filter, params) + orderClause(filter);
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        params << filter.limit << filter.offset;
    }
    return sql;
}

QVector<CompanySummary> CompanyStore::list(const CompanyFilter& filter) const
{
    QVariantList params;
    const QString sql = listQuery(filter, params);
    QSqlQuery q = m_db.run(sql, params);
    QVector<CompanySummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

QVector<CompanySummary> CompanyStore::listWhere(const CompanyFilter& filter,
                                                const QString& condition,
                                                const QVariantList& conditionParams) const
{
    QVariantList params;
    QString sql = QStringLiteral("SELECT c.id, c.name, c.name_ar, c.legal_form, c.ice, "
                                 "c.rc_number, c.rc_court, c.city FROM companies c") +
                  whereClause(filter, params, condition) + orderClause(filter);
    params += conditionParams;
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        params << filter.limit << filter.offset;
    }
    QSqlQuery q = m_db.run(sql, params);
    QVector<CompanySummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

int CompanyStore::count(const CompanyFilter& filter) const
{
    QVariantList params;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT count(*) FROM companies c") + whereClause(filter, params), params);
    return q.next() ? q.value(0).toInt() : 0;
}

int CompanyStore::countWhere(const CompanyFilter& filter, const QString& condition,
                             const QVariantList& conditionParams) const
{
    QVariantList params;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM companies c") + whereClause(filter, params, condition);
    params += conditionParams;
    QSqlQuery q = m_db.run(sql, params);
    return q.next() ? q.value(0).toInt() : 0;
}

QVector<CompanySummary> CompanyStore::summaries(const QVector<qint64>& ids) const
{
    QVector<CompanySummary> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT c.id, c.name, c.name_ar, c.legal_form, c.ice, "
                       "c.rc_number, c.rc_court, c.city FROM companies c "
                       "WHERE c.id IN (%1) "
                       "ORDER BY %2, c.id")
            .arg(m_db.dialect().idsOf(), m_db.dialect().binary(QStringLiteral("c.sort_key"))),
        {idArray(ids)});
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

QStringList CompanyStore::cities() const
{
    // Jumps from one city to the next along the city index (a few lookups per city) instead of
    // reading the whole index: 2 ms instead of 18 ms on 100,000 companies. Spellings differing
    // only by case are one city, as in the city filter.
    QSqlQuery q = m_db.run(
        m_db.dialect().isServer()
            ? QStringLiteral("SELECT DISTINCT ON (lower(city)) city FROM companies "
                             "ORDER BY lower(city), city COLLATE \"C\"")
            : QStringLiteral(
                  "WITH RECURSIVE next(city) AS (SELECT min(city COLLATE NOCASE) FROM companies "
                  "UNION ALL SELECT (SELECT min(city COLLATE NOCASE) FROM companies "
                  "WHERE city COLLATE NOCASE > next.city) FROM next WHERE next.city IS NOT NULL) "
                  "SELECT city FROM next WHERE city IS NOT NULL"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void CompanyStore::reindexAll() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, name, name_ar, ice, rc_number FROM companies ORDER BY id"));
    QVector<std::pair<qint64, QString>> texts;
    while (q.next()) {
        Company c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.nameAr = q.value(2).toString();
        c.ice = q.value(3).toString();
        c.rcNumber = q.value(4).toString();
        texts.append({c.id, searchText(c)});
    }
    q.finish();
    SearchIndex(m_db).writeAll(texts);
}

} // namespace cinereg
