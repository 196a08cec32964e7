#pragma once

#include "Database.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <utility>

namespace cinereg {

// The folded search text of each company (TextNormalizer), indexed by the engine's own means:
// SQLite's FTS5 (trigram table company_search, word-prefix table company_words), PostgreSQL's
// pg_trgm GIN index on company_search.text and a prefix index on the words of company_words.
// Words of three characters or more match anywhere in the text, shorter ones the start of a word;
// both engines find the same companies.
class SearchIndex
{
public:
    explicit SearchIndex(const Database& db) : m_db(db) {}

    void write(qint64 companyId, const QString& foldedText) const;
    // write() for many companies at once (a whole register copied in): on a server, several rows
    // per statement.
    void writeAll(const QVector<std::pair<qint64, QString>>& foldedTexts) const;
    void erase(qint64 companyId) const;
    // Conditions on c.id (ANDed by the caller) finding the companies whose text holds every
    // folded word, with their parameters appended to params.
    QStringList conditions(const QStringList& foldedWords, QVariantList& params) const;
    // The words the server's word table keeps for a text (split like FTS5's unicode61).
    static QStringList words(const QString& foldedText);

private:
    const Database& m_db;
};

} // namespace cinereg
