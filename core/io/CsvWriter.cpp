#include "CsvWriter.h"

#include <QSaveFile>

namespace cinereg {

namespace {

void appendField(QString& out, const QString& field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r') || field.contains(u';')) {
        out.append(u'"');
        out.append(QString(field).replace(u'"', QStringLiteral("\"\"")));
        out.append(u'"');
    } else {
        out.append(field);
    }
}

void appendLine(QString& out, const QStringList& cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(u',');
        appendField(out, cells.at(i));
    }
    out.append(QStringLiteral("\r\n"));
}

} // namespace

QByteArray CsvWriter::encode(const QStringList& header, const QVector<QStringList>& rows)
{
    QString text;
    appendLine(text, header);
    for (const QStringList& row : rows)
        appendLine(text, row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Check CsvWriter::write(const QString& path, const QStringList& header,
                       const QVector<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(header, rows)) < 0 || !file.commit())
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("Cannot write %1: %2.").arg(path, file.errorString())};
    return Done{};
}

} // namespace cinereg
