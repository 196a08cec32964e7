// The reading side of `import` alone: a sheet's bytes read into a SheetTable (CsvReader,
// XlsxReader) and its rows converted into companies or rights (ImportService::companyFrom,
// rightFrom), without a register. The sheets are those of bench/io/make_sheets.py (10,000
// companies, 20,000 rights), as CSV, as XLSX with inline strings (cinereg's own export,
// libxlsxwriter's constant-memory mode) and as XLSX with a shared-strings table (what Excel
// saves).
#include "io/ColumnMap.h"
#include "io/CsvReader.h"
#include "io/ImportService.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <benchmark/benchmark.h>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace cinereg;

namespace {

constexpr int Companies = 10000;

enum class Sheet { Companies, Rights };
enum class Format { Csv, XlsxInline, XlsxShared };

struct Rows
{
    QStringList header;
    QVector<QStringList> rows;
};

// The same ICE as make_sheets.py: company part 100000000 + n, head office 0000, then the key.
QString iceOf(int n)
{
    const qint64 body = (100000000LL + n) * 10000;
    const qint64 key = (97 - (body * 100) % 97) % 97;
    return QStringLiteral("%1").arg(body * 100 + key, 15, 10, QLatin1Char('0'));
}

Rows companies()
{
    const QStringList cities{QStringLiteral("Casablanca"), QStringLiteral("Rabat"),
                             QStringLiteral("Marrakech"),  QStringLiteral("Ouarzazate"),
                             QStringLiteral("Tanger"),     QStringLiteral("Agadir"),
                             QStringLiteral("Fès")};
    Rows out;
    out.header = QStringLiteral("name,name_ar,legal_form,rc,rc_court,ice,capital,address,city,"
                                "member_of")
                     .split(u',');
    for (int i = 1; i <= Companies; ++i) {
        const QString city = cities.at(i % cities.size());
        out.rows.append({QStringLiteral("Studio %1").arg(i), QStringLiteral("استوديو %1").arg(i),
                         QStringLiteral("SARL"), QString::number(300000 + i), city, iceOf(i),
                         QStringLiteral("1000000"),
                         QStringLiteral("%1 avenue Mohammed V, quartier %2").arg(i).arg(i % 50),
                         city, QStringLiteral("CNPF")});
    }
    return out;
}

Rows rights()
{
    Rows out;
    out.header =
        QStringLiteral("ice,right,number,decision,decision_date,from,until,status,since,reason")
            .split(u',');
    for (int i = 1; i <= Companies; ++i)
        out.rows.append({iceOf(i), QStringLiteral("authorization"),
                         QStringLiteral("AUT-B-%1").arg(i), QStringLiteral("D-%1").arg(i),
                         QStringLiteral("2019-01-02"), QStringLiteral("2019-01-15"), QString(),
                         QString(), QString(), QString()});
    for (int i = 1; i <= Companies; ++i) {
        const bool suspended = i % 10 == 0;
        out.rows.append({iceOf(i), QStringLiteral("national"), QStringLiteral("AEN-B-%1").arg(i),
                         QStringLiteral("DN-%1").arg(i), QStringLiteral("2020-03-02"),
                         QStringLiteral("2020-03-15"), QStringLiteral("2029-03-14"),
                         suspended ? QStringLiteral("suspended") : QString(),
                         suspended ? QStringLiteral("2024-05-01") : QString(),
                         suspended ? QStringLiteral("Contrôle") : QString()});
    }
    return out;
}

QByteArray csvOf(const Rows& rows)
{
    const auto line = [](const QStringList& cells) {
        QStringList quoted;
        for (const QString& cell : cells)
            quoted.append(cell.contains(u',') ? u'"' + cell + u'"' : cell);
        return quoted.join(u',') + u'\n';
    };
    QString text = line(rows.header);
    for (const QStringList& row : rows.rows)
        text += line(row);
    return text.toUtf8();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// As Excel saves a workbook: every text cell an index into xl/sharedStrings.xml.
QByteArray sharedStringsXlsx(const Rows& rows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.xlsx"));
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    const auto write = [&](int r, const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c)
            if (!cells.at(c).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c),
                                       cells.at(c).toUtf8().constData(), nullptr);
    };
    write(0, rows.header);
    for (int i = 0; i < rows.rows.size(); ++i)
        write(i + 1, rows.rows.at(i));
    if (workbook_close(workbook) != LXW_NO_ERROR)
        qFatal("cannot write the shared-strings workbook");
    return fileBytes(path);
}

QByteArray inlineStringsXlsx(const Rows& rows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inline.xlsx"));
    if (!XlsxWriter::write(path, rows.header, rows.rows, false).ok())
        qFatal("cannot write the inline-strings workbook");
    return fileBytes(path);
}

const QByteArray& bytesOf(Sheet sheet, Format format)
{
    static std::map<std::pair<Sheet, Format>, QByteArray> made;
    QByteArray& bytes = made[{sheet, format}];
    if (bytes.isEmpty()) {
        const Rows rows = sheet == Sheet::Companies ? companies() : rights();
        bytes = format == Format::Csv          ? csvOf(rows)
                : format == Format::XlsxInline ? inlineStringsXlsx(rows)
                                               : sharedStringsXlsx(rows);
    }
    return bytes;
}

SheetTable readSheet(const QByteArray& bytes)
{
    Outcome<SheetTable> table = ImportService::readBytes(bytes);
    if (!table.ok())
        qFatal("unreadable sheet: %s", qPrintable(table.refusal().message));
    return std::move(table.value());
}

// Every row through the import's conversion, as importCompanies/importRights do before the
// register is asked anything.
int convert(SheetTable table, Sheet sheet)
{
    int problems = 0;
    if (sheet == Sheet::Companies) {
        const ColumnMap columns = ColumnMap::locate(table, ImportService::companyColumns());
        for (const SheetRow& row : std::as_const(table.rows)) {
            QVector<ImportProblem> found;
            benchmark::DoNotOptimize(ImportService::companyFrom(columns, row, found));
            problems += int(found.size());
        }
    } else {
        const ColumnMap columns = ColumnMap::locate(table, ImportService::rightColumns());
        for (const SheetRow& row : std::as_const(table.rows)) {
            QVector<ImportProblem> found;
            benchmark::DoNotOptimize(ImportService::rightFrom(columns, row, found));
            problems += int(found.size());
        }
    }
    return problems;
}

void read(benchmark::State& state, Sheet sheet, Format format)
{
    const QByteArray& bytes = bytesOf(sheet, format);
    qsizetype rows = 0;
    for (auto _ : state)
        rows = readSheet(bytes).rows.size();
    state.counters["rows"] = double(rows);
    state.counters["file_kB"] = double(bytes.size()) / 1024;
}

void readAndConvert(benchmark::State& state, Sheet sheet, Format format)
{
    const QByteArray& bytes = bytesOf(sheet, format);
    for (auto _ : state)
        if (convert(readSheet(bytes), sheet) != 0)
            state.SkipWithError("a row of the bench's sheet was refused");
}

void convertOnly(benchmark::State& state, Sheet sheet)
{
    const SheetTable table = readSheet(bytesOf(sheet, Format::Csv));
    for (auto _ : state)
        if (convert(table, sheet) != 0)
            state.SkipWithError("a row of the bench's sheet was refused");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::pair<const char*, Sheet> sheets[] = {{"companies", Sheet::Companies},
                                                    {"rights", Sheet::Rights}};
    const std::pair<const char*, Format> formats[] = {{"csv", Format::Csv},
                                                      {"xlsx_inline", Format::XlsxInline},
                                                      {"xlsx_shared", Format::XlsxShared}};
    for (const auto& [sheetName, sheet] : sheets) {
        for (const auto& [formatName, format] : formats)
            benchmark::RegisterBenchmark(
                (std::string("read/") + sheetName + "/" + formatName).c_str(),
                [sheet = sheet, format = format](benchmark::State& s) { read(s, sheet, format); })
                ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(
            (std::string("convert/") + sheetName).c_str(),
            [sheet = sheet](benchmark::State& s) { convertOnly(s, sheet); })
            ->Unit(benchmark::kMillisecond);
        for (const auto& [formatName, format] : formats)
            benchmark::RegisterBenchmark(
                (std::string("read_convert/") + sheetName + "/" + formatName).c_str(),
                [sheet = sheet, format = format](benchmark::State& s) {
                    readAndConvert(s, sheet, format);
                })
                ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
