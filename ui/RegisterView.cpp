#include "RegisterView.h"

#include "Names.h"
#include "RegisterModel.h"
#include "services/ChangeFeed.h"
#include "services/Register.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cinereg::ui {

RegisterView::RegisterView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_model(new RegisterModel(reg, this)),
      m_search(new QLineEdit(this)), m_city(new QComboBox(this)), m_tier(new QComboBox(this)),
      m_status(new QComboBox(this)), m_body(new QComboBox(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search a name (Latin or Arabic), an ICE or an RC number…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));

    m_city->addItem(tr("All cities"), QString());
    for (const QString& city : reg.companies().cities())
        m_city->addItem(city, city);
    m_tier->addItem(tr("Any right"), QString());
    m_tier->addItem(tr("Authorization"), QStringLiteral("authorization"));
    m_tier->addItem(tr("National accreditation"), QStringLiteral("national"));
    m_tier->addItem(tr("International accreditation"), QStringLiteral("international"));
    m_status->addItem(tr("Any status"), QString());
    for (auto s : {RightStatus::Active, RightStatus::Suspended, RightStatus::Revoked,
                   RightStatus::Expired, RightStatus::Pending})
        m_status->addItem(Names::label(s), Names::code(s));
    m_body->addItem(tr("Any professional body"), QString());
    for (const QString& body : reg.settings().professionalBodies)
        m_body->addItem(body, body);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (QComboBox* box : {m_city, m_tier, m_status, m_body}) {
        filters->addWidget(box, 1);
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterView::applyFilters);
    }
    m_city->setAccessibleName(tr("City"));
    m_tier->setAccessibleName(tr("Right"));
    m_status->setAccessibleName(tr("Status"));
    m_body->setAccessibleName(tr("Professional body"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // e.g. to print a batch
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegisterModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(RegisterModel::Name, 260);
    m_table->horizontalHeader()->resizeSection(RegisterModel::NameAr, 200);
    m_table->horizontalHeader()->resizeSection(RegisterModel::Ice, 140);
    // The standings say why a right is not in force: their columns take the width they need.
    for (int column :
         {RegisterModel::Authorization, RegisterModel::National, RegisterModel::International})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Companies"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->companyId(index.row()))
            Q_EMIT companyActivated(id);
    });

    connect(&reg.changes(), &ChangeFeed::changed, this, &RegisterView::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Searching waits for a pause in typing so that each keystroke does not query the register.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RegisterView::applyFilters);
    connect(m_model, &RegisterModel::totalChanged, this, &RegisterView::updateCount);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilters();
        m_table->setFocus();
        m_table->selectRow(0);
    });
    updateCount(m_model->totalCount());
}

void RegisterView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RegisterView::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_debounce->stop();
    applyFilters();
}

QVector<qint64> RegisterView::selectedCompanyIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        ids.append(m_model->companyId(row.row()));
    return ids;
}

void RegisterView::reload()
{
    m_model->reload();
}

void RegisterView::applyFilters()
{
    CompanyListQuery query = m_model->query();
    query.filter.search = m_search->text();
    query.filter.city = m_city->currentData().toString();
    query.filter.body = m_body->currentData().toString();
    const QString right = m_tier->currentData().toString();
    query.tier = Names::tier(right);
    query.status = Names::rightStatus(m_status->currentData().toString());
    if (right == QLatin1String("authorization") && !query.status)
        query.status = RightStatus::Active; // "authorization" alone means: authorized today
    m_model->setQuery(query);
}

void RegisterView::updateCount(int total)
{
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_city->currentIndex() > 0 ||
                          m_tier->currentIndex() > 0 || m_status->currentIndex() > 0 ||
                          m_body->currentIndex() > 0;
    if (total == 0 && !filtered) // a new register: say how to begin
        m_count->setText(tr("The register is empty. Register a company with Register → New "
                            "company (Ctrl+N); to explore first, open Register → Open the "
                            "demonstration register."));
    else
        m_count->setText(tr("%n company(ies)", nullptr, total));
}

} // namespace cinereg::ui
