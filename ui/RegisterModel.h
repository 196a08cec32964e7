#pragma once

#include "services/CompanyService.h"

#include <QAbstractTableModel>

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// The register as a table that loads pages of rows as the view scrolls (canFetchMore /
// fetchMore), so a register of 100,000 companies opens at once. Searching, filtering and
// sorting are the core's: each change reloads the first page.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, NameAr, Ice, City, Authorization, National, International, ColumnCount };
    static constexpr int PageSize = 200;

    explicit RegisterModel(const Register& reg, QObject* parent = nullptr);

    void setQuery(const CompanyListQuery& query);
    CompanyListQuery query() const { return m_query; }
    void reload();
    qint64 companyId(int row) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void totalChanged(int total);

private:
    const Register& m_reg;
    CompanyListQuery m_query;
    QVector<CompanyListEntry> m_rows;
    int m_total = 0;
};

} // namespace cinereg::ui
