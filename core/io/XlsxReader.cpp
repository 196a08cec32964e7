#include "XlsxReader.h"

#include <cmath>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>
#include <zip.h>

namespace cinereg {

namespace {

// Parts larger than this are refused rather than inflated: a zip bomb must not exhaust memory.
constexpr qint64 MaxPartSize = 256LL * 1024 * 1024;
constexpr int MaxColumns = 1024;
constexpr int MaxRows = 2'000'000;

struct Cell
{
    int row = 0;
    int column = 0;
};

// A read-only zip archive in memory (libzip). QuaZip is not used: its bundled minizip exports
// the same symbols as the system minizip that libxlsxwriter links, and in one process one of the
// two libraries then calls the other's functions and crashes.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray& bytes)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source =
            zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (source) {
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!m_zip)
                zip_source_free(source);
        }
        zip_error_fini(&error);
    }
    ~ZipArchive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    bool isOpen() const { return m_zip != nullptr; }

    std::optional<QByteArray> read(const QString& name) const
    {
        if (!m_zip)
            return std::nullopt;
        const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0)
            return std::nullopt;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 &&
            (stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(MaxPartSize))
            return std::nullopt;
        zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
        if (!file)
            return std::nullopt;
        QByteArray data;
        char chunk[65536];
        bool failed = false;
        for (;;) {
            const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
            if (got < 0)
                failed = true;
            if (got <= 0)
                break;
            data.append(chunk, qsizetype(got));
            if (data.size() > MaxPartSize) {
                failed = true;
                break;
            }
        }
        zip_fclose(file);
        if (failed)
            return std::nullopt;
        return data;
    }

private:
    zip_t* m_zip = nullptr;
};

// The text of an <si> or <is> element: plain <t> or rich-text runs <r><t>, never the phonetic
// <rPh> hints.
QString richText(QXmlStreamReader& xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray& data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(richText(xml));
    }
    return strings;
}

bool isDateFormatCode(QString code)
{
    // Strip quoted literals and [..] sections (colours, locales, elapsed time) before looking for
    // day or year letters.
    QString plain;
    bool quoted = false;
    int bracket = 0;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            ++bracket;
        else if (!quoted && c == u']')
            bracket = qMax(0, bracket - 1);
        else if (!quoted && bracket == 0)
            plain.append(c.toLower());
    }
    return plain.contains(u'd') || plain.contains(u'y');
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// For each cell style index (the `s` attribute), whether it shows the number as a date.
QVector<bool> dateStyles(const QByteArray& data)
{
    QSet<int> customDates;
    QVector<bool> styles;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            if (isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()))
                customDates.insert(id);
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles.append(isBuiltInDateFormat(id) || customDates.contains(id));
        }
    }
    return styles;
}

// The first worksheet's part name, from the workbook and its relationships.
QString firstSheetPart(const ZipArchive& zip)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    const auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    const auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return fallback;
    QString relationId;
    QXmlStreamReader wb(*workbook);
    while (!wb.atEnd() && relationId.isEmpty()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == u"sheet")
            for (const QXmlStreamAttribute& a : wb.attributes())
                if (a.name() == u"id")
                    relationId = a.value().toString();
    }
    QXmlStreamReader rx(*rels);
    while (!rx.atEnd()) {
        rx.readNext();
        if (rx.isStartElement() && rx.name() == u"Relationship" &&
            rx.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = rx.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

QString numberText(const QString& raw, bool isDate)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (isDate) {
        const QDate date = XlsxReader::fromSerial(value);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    // ICE and RC typed as numbers: write them whole, never in exponent notation.
    if (std::fabs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace

QDate XlsxReader::fromSerial(double serial)
{
    if (!(serial >= 1 && serial < 2958466)) // 1900-01-01 .. 9999-12-31
        return {};
    // Day 60 is Excel's non-existent 29 February 1900; from day 61 on, 30 December 1899 + n.
    const qint64 day = qint64(std::floor(serial));
    if (day < 60)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

int XlsxReader::columnOf(const QString& reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

Outcome<SheetTable> XlsxReader::read(const QByteArray& bytes)
{
    const Refusal unreadable{Rule::InvalidField, QStringLiteral("file"),
                             tr("The file is not a readable XLSX workbook.")};
    const ZipArchive zip(bytes);
    if (!zip.isOpen())
        return unreadable;

    QStringList strings;
    if (const auto shared = zip.read(QStringLiteral("xl/sharedStrings.xml")))
        strings = sharedStrings(*shared);
    QVector<bool> dates;
    if (const auto styles = zip.read(QStringLiteral("xl/styles.xml")))
        dates = dateStyles(*styles);
    const auto sheet = zip.read(firstSheetPart(zip));
    if (!sheet)
        return unreadable;

    QMap<int, QMap<int, QString>> grid; // row -> column -> text (both 0-based)
    QVector<QPair<Cell, Cell>> merges;
    QXmlStreamReader xml(*sheet);
    int rowIndex = -1;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowIndex = r > 0 ? r - 1 : rowIndex + 1;
            nextColumn = 0;
            if (rowIndex >= MaxRows)
                return unreadable;
        } else if (xml.name() == u"c") {
            const QXmlStreamAttributes attrs = xml.attributes();
            int column = columnOf(attrs.value(QLatin1String("r")).toString());
            if (column < 0)
                column = nextColumn;
            nextColumn = column + 1;
            if (column >= MaxColumns || rowIndex < 0)
                continue;
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            const bool isDate = style >= 0 && style < dates.size() && dates.at(style);
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (xml.isStartElement() && xml.name() == u"v") {
                    const QString raw = xml.readElementText();
                    if (type == u"s") {
                        const int index = raw.toInt();
                        value =
                            index >= 0 && index < strings.size() ? strings.at(index) : QString();
                    } else if (type == u"str" || type == u"e" || type == u"inlineStr") {
                        value = raw;
                    } else if (type == u"b") {
                        value = raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    } else {
                        value = numberText(raw, isDate);
                    }
                } else if (xml.isStartElement() && xml.name() == u"is") {
                    value = richText(xml);
                }
            }
            if (!value.isEmpty())
                grid[rowIndex][column] = value;
        } else if (xml.name() == u"mergeCell") {
            const QStringList range =
                xml.attributes().value(QLatin1String("ref")).toString().split(u':');
            if (range.size() != 2)
                continue;
            const auto cellOf = [](const QString& ref) {
                int i = 0;
                while (i < ref.size() && ref.at(i).isLetter())
                    ++i;
                return Cell{ref.mid(i).toInt() - 1, XlsxReader::columnOf(ref)};
            };
            const Cell from = cellOf(range.at(0));
            const Cell to = cellOf(range.at(1));
            if (from.row >= 0 && from.column >= 0 && to.row >= from.row &&
                to.column >= from.column && to.column < MaxColumns &&
                qint64(to.row - from.row + 1) * (to.column - from.column + 1) <= 100000)
                merges.append({from, to});
        }
    }
    if (xml.hasError())
        return unreadable;

    // A hostile file may declare many large merged ranges: fill at most this many cells.
    qint64 mergedBudget = 1'000'000;
    for (const auto& [from, to] : merges) {
        const QString value = grid.value(from.row).value(from.column);
        const qint64 size = qint64(to.row - from.row + 1) * (to.column - from.column + 1);
        if (value.isEmpty() || (mergedBudget -= size) < 0)
            continue;
        for (int r = from.row; r <= to.row; ++r)
            for (int c = from.column; c <= to.column; ++c)
                grid[r][c] = value;
    }

    SheetTable table;
    bool haveHeader = false;
    for (auto row = grid.cbegin(); row != grid.cend(); ++row) {
        if (row->isEmpty())
            continue;
        const int width = row->lastKey() + 1;
        QStringList cells;
        cells.reserve(width);
        for (int c = 0; c < width; ++c)
            cells.append(row->value(c));
        bool blank = true;
        for (const QString& cell : cells)
            blank = blank && cell.trimmed().isEmpty();
        if (blank)
            continue;
        if (!haveHeader) {
            table.header = cells;
            table.headerLine = row.key() + 1;
            haveHeader = true;
        } else {
            table.rows.append({row.key() + 1, cells});
        }
    }
    if (!haveHeader)
        return Refusal{Rule::RequiredField, QStringLiteral("file"),
                       tr("The sheet is empty: a header row naming the columns is required.")};
    return table;
}

} // namespace cinereg
