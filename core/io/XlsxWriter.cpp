#include "XlsxWriter.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace cinereg {

Check XlsxWriter::write(const QString& path, const QStringList& header,
                        const QVector<QStringList>& rows, bool rightToLeft)
{
    const auto failed = [&](const QString& why) {
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("Cannot write %1: %2.").arg(path, why)};
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(dir.errorString());
    const QByteArray temp = QFile::encodeName(dir.filePath(QStringLiteral("export.xlsx")));

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order: memory stays flat
    lxw_workbook* workbook = workbook_new_opt(temp.constData(), &options);
    if (!workbook)
        return failed(tr("the workbook cannot be created"));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    if (rightToLeft)
        worksheet_right_to_left(sheet);
    worksheet_freeze_panes(sheet, 1, 0);
    for (int c = 0; c < header.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);

    const auto writeRow = [&](lxw_row_t r, const QStringList& cells, lxw_format* format) {
        for (int c = 0; c < cells.size(); ++c)
            if (!cells.at(c).isEmpty())
                worksheet_write_string(sheet, r, lxw_col_t(c), cells.at(c).toUtf8().constData(),
                                       format);
    };
    writeRow(0, header, bold);
    for (int i = 0; i < rows.size(); ++i)
        writeRow(lxw_row_t(i + 1), rows.at(i), nullptr);

    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(error)));

    QFile built(QFile::decodeName(temp));
    if (!built.open(QIODevice::ReadOnly))
        return failed(built.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(built.readAll()) < 0 || !file.commit())
        return failed(file.errorString());
    return Done{};
}

} // namespace cinereg
