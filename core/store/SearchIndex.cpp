#include "SearchIndex.h"

#include "BulkInsert.h"

#include <QSet>

namespace cinereg {

namespace {
// FTS5's query syntax: each word a quoted phrase.
QString ftsPhrase(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// A LIKE pattern matching the word itself (escape character '\').
QString likeEscaped(const QString& word)
{
    QString out;
    for (const QChar ch : word) {
        if (ch == QLatin1Char('%') || ch == QLatin1Char('_') || ch == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}
} // namespace

QStringList SearchIndex::words(const QString& foldedText)
{
    // As FTS5's unicode61 tokenizer: letters, digits and combining marks make words, everything
    // else separates them.
    QStringList out;
    QString word;
    for (const QChar ch : foldedText) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            word += ch.toLower();
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    out.removeDuplicates();
    return out;
}

void SearchIndex::write(qint64 companyId, const QString& foldedText) const
{
    if (m_db.dialect().isServer()) {
        m_db.run(QStringLiteral("INSERT INTO company_search (company_id, text) VALUES (?, ?)"),
                 {companyId, foldedText});
        for (const QString& word : words(foldedText))
            m_db.run(QStringLiteral("INSERT INTO company_words (company_id, word) VALUES (?, ?)"),
                     {companyId, word});
        return;
    }
    m_db.run(QStringLiteral("INSERT INTO company_search (rowid, text) VALUES (?, ?)"),
             {companyId, foldedText});
    m_db.run(QStringLiteral("INSERT INTO company_words (rowid, text) VALUES (?, ?)"),
             {companyId, foldedText});
}

void SearchIndex::writeAll(const QVector<std::pair<qint64, QString>>& foldedTexts) const
{
    if (!m_db.dialect().isServer()) {
        // The full-text tables, several rows per statement (fewer, larger FTS5 segments too).
        BulkInsert search(m_db, QStringLiteral("company_search"),
                          {QStringLiteral("rowid"), QStringLiteral("text")});
        BulkInsert words(m_db, QStringLiteral("company_words"),
                         {QStringLiteral("rowid"), QStringLiteral("text")});
        for (const auto& [id, text] : foldedTexts)
            search.add({id, text});
        search.flush();
        for (const auto& [id, text] : foldedTexts)
            words.add({id, text});
        words.flush();
        return;
    }
    // Pairs of (company, text) into one table, 200 rows per statement.
    const auto insertPairs = [this](const QString& table, const QString& column,
                                    const QVariantList& pairs) {
        const qsizetype perStatement = 400;
        for (qsizetype at = 0; at < pairs.size(); at += perStatement) {
            const QVariantList slice = pairs.mid(at, perStatement);
            QStringList tuples;
            for (qsizetype i = 0; i < slice.size(); i += 2)
                tuples.append(QStringLiteral("(?, ?)"));
            m_db.run(QStringLiteral("INSERT INTO %1 (company_id, %2) VALUES %3")
                         .arg(table, column, tuples.join(QLatin1Char(','))),
                     slice);
        }
    };
    QVariantList texts;
    QVariantList words;
    for (const auto& [id, text] : foldedTexts) {
        texts << id << text;
        for (const QString& word : SearchIndex::words(text))
            words << id << word;
    }
    insertPairs(QStringLiteral("company_search"), QStringLiteral("text"), texts);
    insertPairs(QStringLiteral("company_words"), QStringLiteral("word"), words);
}

void SearchIndex::erase(qint64 companyId) const
{
    const QString key =
        m_db.dialect().isServer() ? QStringLiteral("company_id") : QStringLiteral("rowid");
    m_db.run(QStringLiteral("DELETE FROM company_search WHERE %1 = ?").arg(key), {companyId});
    m_db.run(QStringLiteral("DELETE FROM company_words WHERE %1 = ?").arg(key), {companyId});
}

QStringList SearchIndex::conditions(const QStringList& foldedWords, QVariantList& params) const
{
    QStringList phrases;
    QStringList prefixes;
    for (const QString& word : foldedWords)
        (word.size() >= 3 ? phrases : prefixes).append(word);
    QStringList out;
    if (m_db.dialect().isServer()) {
        // pg_trgm's GIN index serves LIKE '%...%' for three characters or more, the word list's
        // pattern index the prefixes. Every word's matches are intersected into one array of ids
        // the companies are then fetched by (primary key) and sorted: with `c.id IN (SELECT ...)`
        // the planner walks companies_by_sort_key in the page's order and tests each company,
        // expecting the matches spread evenly over the names; a name's matches sit together in
        // that order, so a common word read 70,000 companies for a page of 100 (bench/RESULTS.md).
        QStringList sets;
        if (!phrases.isEmpty()) {
            QStringList likes;
            for (const QString& word : phrases) {
                likes.append(QStringLiteral("s.text LIKE ? ESCAPE '\\'"));
                params.append(QLatin1Char('%') + likeEscaped(word) + QLatin1Char('%'));
            }
            sets.append(QStringLiteral("SELECT s.company_id FROM company_search s WHERE %1")
                            .arg(likes.join(QStringLiteral(" AND "))));
        }
        for (const QString& word : prefixes) {
            sets.append(QStringLiteral("SELECT w.company_id FROM company_words w WHERE "
                                       "w.word LIKE ? ESCAPE '\\'"));
            params.append(likeEscaped(word.toLower()) + QLatin1Char('%'));
        }
        if (!sets.isEmpty())
            out.append(QStringLiteral("c.id = ANY (ARRAY(%1))")
                           .arg(sets.join(QStringLiteral(" INTERSECT "))));
        return out;
    }
    if (!phrases.isEmpty()) {
        QStringList quoted;
        for (const QString& word : phrases)
            quoted.append(ftsPhrase(word));
        out.append(QStringLiteral(
            "c.id IN (SELECT rowid FROM company_search WHERE company_search MATCH ?)"));
        params.append(quoted.join(QStringLiteral(" AND ")));
    }
    if (!prefixes.isEmpty()) {
        QStringList quoted;
        for (const QString& word : prefixes)
            quoted.append(ftsPhrase(word));
        out.append(QStringLiteral(
            "c.id IN (SELECT rowid FROM company_words WHERE company_words MATCH ?)"));
        params.append(quoted.join(QStringLiteral("* AND ")) + QLatin1Char('*'));
    }
    return out;
}

} // namespace cinereg
