#include "ProductionsView.h"

#include "Names.h"
#include "ProductionDialog.h"
#include "RoleGate.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "StatusText.h"
#include "TextNormalizer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int FoldedRole = Qt::UserRole + 1; // on column 0: the row's searched text, folded
}

ProductionsView::ProductionsView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_search(new QLineEdit(this)), m_table(new QTableWidget(this))
{
    m_search->setPlaceholderText(
        tr("Search: title, company, ICE, producer, mandate or permit reference"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the productions"));
    connect(m_search, &QLineEdit::textChanged, this, &ProductionsView::applySearch);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("Executing company"),
                                        tr("From"), tr("To"), tr("Foreign producer")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 240);
    m_table->horizontalHeader()->resizeSection(2, 240);
    for (int column : {1, 3, 4}) // the kind and the days are read whole
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto* record = new QPushButton(tr("Record a production…"), this);
    RoleGate::gate(m_reg, Action::RecordProductions, record); // the reason in its tooltip
    connect(record, &QPushButton::clicked, this, [this] {
        ProductionDialog dialog(m_reg, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT registerChanged();
        }
    });
    auto* head = new QHBoxLayout;
    head->addWidget(record);
    head->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
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
    QHash<qint64, CompanySummary> companies;
    for (const CompanySummary& s : m_reg.companies().summaries(ids))
        companies.insert(s.id, s);
    m_table->setRowCount(productions.size());
    for (int i = 0; i < productions.size(); ++i) {
        const Production& p = productions[i];
        const QString producer = p.foreignProducer.isEmpty()
                                     ? QString()
                                     : QStringLiteral("%1 (%2)").arg(p.foreignProducer, p.country);
        const QStringList cells{p.title,
                                Names::label(p.kind),
                                companies.value(p.executorId).name,
                                dateText(p.shootFrom),
                                dateText(p.shootTo),
                                producer};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells[col]));
        const CompanySummary executor = companies.value(p.executorId);
        m_table->item(i, 0)->setData(
            FoldedRole,
            TextNormalizer::fold(QStringList{p.title, executor.name, executor.nameAr, executor.ice,
                                             p.foreignProducer, p.mandate, p.shootingPermit}
                                     .join(QLatin1Char('\n'))));
    }
    applySearch();
}

void ProductionsView::applySearch()
{
    const QStringList words =
        TextNormalizer::fold(m_search->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, 0)->data(FoldedRole).toString();
        bool kept = true;
        for (const QString& w : words)
            kept = kept && text.contains(w);
        m_table->setRowHidden(row, !kept);
    }
}

int ProductionsView::shownCount() const
{
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        shown += m_table->isRowHidden(row) ? 0 : 1;
    return shown;
}

} // namespace cinereg::ui
