#include "EligibilityView.h"

#include "DateEditFormat.h"
#include "Names.h"
#include "ProductionDialog.h"
#include "services/ChangeFeed.h"
#include "services/ProductionService.h"
#include "services/Register.h"

#include <algorithm>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace cinereg::ui {

EligibilityView::EligibilityView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_reader(this, reg), m_kind(new QComboBox(this)),
      m_from(new QDateEdit(reg.today(), this)), m_to(new QDateEdit(reg.today().addDays(30), this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new EligibilityModel(false, this)),
      m_record(new QPushButton(tr("Record a production…"), this))
{
    m_kind->addItem(Names::label(ProductionKind::National), Names::code(ProductionKind::National));
    m_kind->addItem(Names::label(ProductionKind::Foreign), Names::code(ProductionKind::Foreign));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        applyDateFormat(d);
        connect(d, &QDateEdit::dateChanged, this, &EligibilityView::refresh);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EligibilityView::refresh);
    auto* question = new QHBoxLayout;
    question->addWidget(new QLabel(tr("Production"), this));
    question->addWidget(m_kind);
    question->addWidget(new QLabel(tr("shot from"), this));
    question->addWidget(m_from);
    question->addWidget(new QLabel(tr("to"), this));
    question->addWidget(m_to);
    question->addStretch();
    question->addWidget(m_record);
    m_record->setEnabled(false);
    m_record->setToolTip(tr("Records a production of this kind and these dates executed by the "
                            "company selected in the list"));
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (const std::unique_ptr<ProductionDialog> dialog = productionDialog())
            dialog->exec(); // the change feed refreshes the answer
    });
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 280);
    m_table->horizontalHeader()->resizeSection(1, 150);
    m_table->horizontalHeader()->resizeSection(2, 160);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_record->setEnabled(selectedEligible() != 0); });
    // Double-click (or Enter) on a company that may execute it: the same as the button.
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_record->isEnabled())
            m_record->click();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(question);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(&reg.changes(), &ChangeFeed::changed, this, &EligibilityView::invalidate);
}

void EligibilityView::setQuestion(int kindIndex, QDate from, QDate to)
{
    {
        const QSignalBlocker kind(m_kind), first(m_from), last(m_to); // one question, one read
        m_kind->setCurrentIndex(kindIndex);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

qint64 EligibilityView::selectedEligible() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= m_model->entries().size())
        return 0;
    const Eligibility& entry = m_model->entries().at(rows.front().row());
    return entry.eligible ? entry.company.id : 0;
}

std::unique_ptr<ProductionDialog> EligibilityView::productionDialog()
{
    const qint64 company = selectedEligible();
    if (!company)
        return nullptr;
    auto dialog = std::make_unique<ProductionDialog>(m_reg, this);
    dialog->setKind(
        Names::productionKind(m_kind->currentData().toString()).value_or(ProductionKind::National));
    dialog->setDates(m_from->date(), m_to->date());
    dialog->preselectExecutor(company);
    return dialog;
}

void EligibilityView::invalidate()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void EligibilityView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void EligibilityView::refresh()
{
    m_stale = false;
    m_model->setEntries({});
    m_record->setEnabled(false);
    if (m_to->date() < m_from->date()) {
        m_reader.forget();
        m_summary->setText(tr("The last shooting day is before the first."));
        return;
    }
    // Every accredited company's history is read: seconds on 100,000 companies, so in the
    // background, as the dashboard does; the newest question wins.
    m_summary->setText(tr("Reading the register…"));
    const auto kind =
        Names::productionKind(m_kind->currentData().toString()).value_or(ProductionKind::National);
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_reader.start(
        [kind, from, to](const Register& reader) {
            QVector<Eligibility> entries = reader.productions().eligibility(kind, from, to, true);
            // Those who may first, sorted here rather than on the window's thread.
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Eligibility& a, const Eligibility& b) {
                                 return a.eligible && !b.eligible;
                             });
            return entries;
        },
        [this](QVector<Eligibility> entries) { fill(std::move(entries)); });
}

void EligibilityView::fill(QVector<Eligibility> entries)
{
    const int eligible = int(std::count_if(entries.begin(), entries.end(),
                                           [](const Eligibility& e) { return e.eligible; }));
    m_model->setEntries(std::move(entries)); // the view draws the rows on screen only
    m_record->setEnabled(selectedEligible() != 0);
    m_summary->setText(
        tr("%n company(ies) may execute it on every shooting day.", nullptr, eligible));
    Q_EMIT loaded();
}

} // namespace cinereg::ui
