#include "ProductionsView.h"

#include "Names.h"
#include "ProductionDialog.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "StatusText.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

ProductionsView::ProductionsView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_table(new QTableWidget(this))
{
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("Executing company"),
                                        tr("From"), tr("To"), tr("Foreign producer")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 240);
    m_table->horizontalHeader()->resizeSection(2, 240);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto* record = new QPushButton(tr("Record a production…"), this);
    connect(record, &QPushButton::clicked, this, [this] {
        ProductionDialog dialog(m_reg, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT registerChanged();
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(record, 0, Qt::AlignLeading);
    layout->addWidget(m_table, 1);
    connect(&reg.changes(), &ChangeFeed::changed, this, &ProductionsView::invalidate);
}

void ProductionsView::invalidate()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ProductionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ProductionsView::reload()
{
    m_stale = false;
    const QVector<Production> productions = m_reg.productions().list({});
    QVector<qint64> ids;
    for (const Production& p : productions)
        ids.append(p.executorId);
    QHash<qint64, QString> names;
    for (const CompanySummary& s : m_reg.companies().summaries(ids))
        names.insert(s.id, s.name);
    m_table->setRowCount(productions.size());
    for (int i = 0; i < productions.size(); ++i) {
        const Production& p = productions[i];
        const QString producer = p.foreignProducer.isEmpty()
                                     ? QString()
                                     : QStringLiteral("%1 (%2)").arg(p.foreignProducer, p.country);
        const QStringList cells{p.title,
                                Names::label(p.kind),
                                names.value(p.executorId),
                                dateText(p.shootFrom),
                                dateText(p.shootTo),
                                producer};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
}

} // namespace cinereg::ui
