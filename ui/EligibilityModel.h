#pragma once

#include "services/ProductionService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cinereg::ui {

// The answer to "who may execute?" as a model: the view draws only the rows on screen, so an
// answer of 47,000 companies is handed to the window at once (a table widget built one item
// per cell blocked the event loop for seconds). Column Company also reads "name (ICE)" when
// used as the production dialog's executor picker; Qt::UserRole gives the company's id.
class EligibilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Company, Ice, Accreditations, MayExecute, ColumnCount };

    explicit EligibilityModel(bool picker, QObject* parent = nullptr);
    void setEntries(QVector<Eligibility> entries);
    const QVector<Eligibility>& entries() const { return m_entries; }
    int rowOf(qint64 companyId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool m_picker;
    QVector<Eligibility> m_entries;
};

} // namespace cinereg::ui
