#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cinereg::cli {

// A plain-text table for terminals: columns padded to their widest cell.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(const QStringList& cells) { m_rows.append(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
};

} // namespace cinereg::cli
