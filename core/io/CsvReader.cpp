#include "CsvReader.h"

#include "LegacyEncoding.h"

namespace cinereg {

namespace {

// Only white space (QString::trimmed's), without building the trimmed copy.
bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells)
        for (const QChar c : cell)
            if (!c.isSpace())
                return false;
    return true;
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    if (QByteArrayView(bytes).isValidUtf8())
        return QString::fromUtf8(bytes);
    return LegacyEncoding::decode(bytes);
}

QChar CsvReader::detectSeparator(const QString& text)
{
    // Count candidates on the header line only, outside quotes: a French Excel writes `;`
    // because `,` is its decimal separator.
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

Outcome<SheetTable> CsvReader::read(const QByteArray& bytes)
{
    const QString text = decode(bytes);
    const char16_t separator = detectSeparator(text).unicode();

    SheetTable table;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    bool haveHeader = false;

    const auto endRecord = [&]() {
        record.append(field);
        field.clear();
        fieldStarted = false;
        if (!isBlank(record)) {
            if (!haveHeader) {
                table.header = record;
                table.headerLine = recordLine;
                haveHeader = true;
            } else {
                table.rows.append({recordLine, record});
            }
        }
        const qsizetype width = record.size();
        record.clear();
        record.reserve(width);
    };

    const auto* const chars = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (quoted) {
            // Up to the next quote or carriage return in one piece; line feeds are counted.
            qsizetype run = i;
            while (run < n && chars[run] != u'"' && chars[run] != u'\r') {
                if (chars[run] == u'\n')
                    ++line;
                ++run;
            }
            field.append(QStringView(chars + i, run - i));
            i = run;
            if (i == n)
                break;
            if (chars[i] == u'\r') {
                // CRLF inside a field is one line break, a lone CR one too.
                if (i + 1 < n && chars[i + 1] == u'\n') {
                    ++i;
                    continue; // the LF is taken (and counted) with the next piece
                }
                field.append(u'\n');
                ++i;
            } else if (i + 1 < n && chars[i + 1] == u'"') {
                field.append(u'"');
                i += 2;
            } else {
                quoted = false;
                ++i;
            }
            continue;
        }
        const char16_t c = chars[i];
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++i;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && chars[i + 1] == u'\n')
                ++i;
            ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            // The plain characters up to the next separator, line break or (literal) quote.
            qsizetype run = i + 1;
            while (run < n && chars[run] != separator && chars[run] != u'\r' &&
                   chars[run] != u'\n' && chars[run] != u'"')
                ++run;
            field.append(QStringView(chars + i, run - i));
            fieldStarted = true;
            i = run;
        }
    }
    if (quoted)
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("Line %1: a quoted field is never closed.").arg(recordLine)};
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    if (!haveHeader)
        return Refusal{Rule::RequiredField, QStringLiteral("file"),
                       tr("The file is empty: a header line naming the columns is required.")};
    return table;
}

} // namespace cinereg
