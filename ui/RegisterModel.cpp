#include "RegisterModel.h"

#include "services/Register.h"
#include "StatusText.h"

namespace cinereg::ui {

RegisterModel::RegisterModel(const Register& reg, QObject* parent)
    : QAbstractTableModel(parent), m_reg(reg)
{
    reload();
}

void RegisterModel::setQuery(const CompanyListQuery& query)
{
    m_query = query;
    reload();
}

void RegisterModel::reload()
{
    beginResetModel();
    m_rows.clear();
    CompanyListQuery first = m_query;
    first.filter.offset = 0;
    // A page at a time, tier and status filters too: they are a range query on the standing
    // periods' index, and only the rows shown have their histories read for their standing
    // (reading tens of thousands of histories at once blocked the window for seconds).
    first.filter.limit = PageSize;
    m_rows = m_reg.companies().list(first);
    m_total = m_reg.companies().countListed(m_query);
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

qint64 RegisterModel::companyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].company.id : 0;
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CompanyListEntry& e = m_rows[index.row()];
    const std::optional<Standing> standing =
        index.column() == Authorization   ? e.standing.authorization
        : index.column() == National      ? e.standing.national
        : index.column() == International ? e.standing.international
                                          : std::nullopt;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return e.company.name;
        case NameAr:
            return e.company.nameAr;
        case Ice:
            return e.company.ice;
        case City:
            return e.company.city;
        default:
            return standingLabel(standing);
        }
    }
    if (role == Qt::ToolTipRole && index.column() >= Authorization && standing)
        return standing->text();
    if (role == Qt::ForegroundRole && index.column() >= Authorization)
        return standingBrush(standing);
    if (role == Qt::TextAlignmentRole && index.column() == NameAr)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return e.company.id;
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case NameAr:
        return tr("Arabic name");
    case Ice:
        return tr("ICE");
    case City:
        return tr("City");
    case Authorization:
        return tr("Authorization");
    case National:
        return tr("National accreditation");
    case International:
        return tr("International accreditation");
    }
    return {};
}

bool RegisterModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RegisterModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    CompanyListQuery next = m_query;
    next.filter.offset = m_rows.size();
    next.filter.limit = PageSize;
    const QVector<CompanyListEntry> page = m_reg.companies().list(next);
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the register changed under us; stop asking
        return;
    }
    beginInsertRows({}, m_rows.size(), m_rows.size() + page.size() - 1);
    m_rows += page;
    endInsertRows();
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    using Order = CompanyFilter::Order;
    const Order orders[] = {Order::Name, Order::NameAr, Order::Ice, Order::City};
    if (column < 0 || column > City)
        return; // statuses are computed per row, not sortable across the register
    m_query.filter.order = orders[column];
    m_query.filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace cinereg::ui
