#include "EligibilityModel.h"

#include <QColor>
#include <QCoreApplication>

namespace cinereg::ui {

namespace {
// The view's words, kept in the view's translation context (lupdate reads the NOOP marks).
QString viewTr(const char* source)
{
    return QCoreApplication::translate("cinereg::ui::EligibilityView", source);
}
} // namespace

EligibilityModel::EligibilityModel(bool picker, QObject* parent)
    : QAbstractTableModel(parent), m_picker(picker)
{
}

void EligibilityModel::setEntries(QVector<Eligibility> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int EligibilityModel::rowOf(qint64 companyId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].company.id == companyId)
            return i;
    return -1;
}

int EligibilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EligibilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EligibilityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Eligibility& e = m_entries[index.row()];
    if (role == Qt::UserRole)
        return e.company.id;
    if (role == Qt::ForegroundRole && index.column() == MayExecute)
        return e.eligible ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xb0, 0x1c, 0x1c);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Company:
        return m_picker ? QStringLiteral("%1 (%2)").arg(e.company.name, e.company.ice)
                        : e.company.name;
    case Ice:
        return e.company.ice;
    case Accreditations:
        return e.accreditations.join(QStringLiteral(", "));
    case MayExecute:
        return e.eligible ? viewTr(QT_TRANSLATE_NOOP("cinereg::ui::EligibilityView", "Yes"))
                          : viewTr(QT_TRANSLATE_NOOP("cinereg::ui::EligibilityView", "No: %1"))
                                .arg(e.reason);
    }
    return {};
}

QVariant EligibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Company:
        return viewTr(QT_TRANSLATE_NOOP("cinereg::ui::EligibilityView", "Company"));
    case Ice:
        return viewTr(QT_TRANSLATE_NOOP("cinereg::ui::EligibilityView", "ICE"));
    case Accreditations:
        return viewTr(QT_TRANSLATE_NOOP("cinereg::ui::EligibilityView", "Accreditation"));
    case MayExecute:
        return viewTr(QT_TRANSLATE_NOOP("cinereg::ui::EligibilityView", "May execute?"));
    }
    return {};
}

} // namespace cinereg::ui
