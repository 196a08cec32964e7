#include "CsvReader.h"

#include "LegacyEncoding.h"

#include <QStringDecoder>

namespace cinereg {

namespace {

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (isValidUtf8(bytes))
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
    const QChar separator = detectSeparator(text);

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
        record.clear();
    };

    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    continue; // CRLF inside a field is one line break
                field.append(c == u'\r' ? QChar(u'\n') : c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
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
