#include "DashboardView.h"

#include "ApplicationsView.h"
#include "dashboard/DashboardService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "StatusText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int CompanyRole = Qt::UserRole + 1;
constexpr int ApplicationRole = Qt::UserRole + 2;
constexpr int DossierHorizonDays = 5;
} // namespace

DashboardView::DashboardView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_reader(this, reg), m_horizon(new QComboBox(this))
{
    for (int days : {30, 60, 90})
        m_horizon->addItem(tr("within %n day(s)", nullptr, days), days);
    m_horizon->setCurrentIndex(2);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &DashboardView::loadExpiring);

    m_expiring = makeList({tr("Ends on"), tr("Right"), tr("Company")});
    m_suspended = makeList({tr("Suspended since"), tr("Right"), tr("Company")});
    m_inactive = makeList({tr("Last activity"), tr("Company"), tr("City")});
    m_dossiers = makeList({tr("Decision due by"), tr("Dossier"), tr("Company"), tr("Asks for")});
    // A dossier's row opens the dossier (makeList's handler opens its company otherwise).
    disconnect(m_dossiers, &QTreeWidget::itemActivated, this, nullptr);
    connect(m_dossiers, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT applicationActivated(item->data(0, ApplicationRole).toLongLong());
    });

    auto* expiringBox = new QGroupBox(tr("Rights ending soon"), this);
    auto* expiringHead = new QHBoxLayout;
    expiringHead->addWidget(m_horizon);
    expiringHead->addStretch();
    auto* expiringLayout = new QVBoxLayout(expiringBox);
    expiringLayout->addLayout(expiringHead);
    expiringLayout->addWidget(m_expiring);
    auto* suspendedBox = new QGroupBox(tr("Suspended rights"), this);
    (new QVBoxLayout(suspendedBox))->addWidget(m_suspended);
    auto* inactiveBox = new QGroupBox(tr("Authorized companies without a production for %n year(s)",
                                         nullptr, reg.settings().inactivityYears),
                                      this);
    (new QVBoxLayout(inactiveBox))->addWidget(m_inactive);
    auto* dossiersBox = new QGroupBox(
        tr("Dossiers due within %n day(s) or overdue", nullptr, DossierHorizonDays), this);
    (new QVBoxLayout(dossiersBox))->addWidget(m_dossiers);

    auto* grid = new QGridLayout(this);
    grid->addWidget(expiringBox, 0, 0);
    grid->addWidget(suspendedBox, 0, 1);
    grid->addWidget(dossiersBox, 1, 0);
    grid->addWidget(inactiveBox, 1, 1);
}

QTreeWidget* DashboardView::makeList(const QStringList& headers)
{
    auto* list = new QTreeWidget(this);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT companyActivated(item->data(0, CompanyRole).toLongLong());
    });
    return list;
}

void DashboardView::fillRights(QTreeWidget* list, const QVector<RightAttention>& items,
                               int highlightWithinDays)
{
    list->clear();
    const QDate today = m_reg.today();
    for (const RightAttention& a : items) {
        auto* item = new QTreeWidgetItem(
            list, {dateText(a.day),
                   QStringLiteral("%1 — %2").arg(a.right.number, Names::label(a.right.kind)),
                   a.company.name});
        item->setData(0, CompanyRole, a.company.id);
        if (highlightWithinDays > 0 && a.day <= today.addDays(highlightWithinDays))
            item->setForeground(0, statusBrush(RightStatus::Suspended));
    }
}

void DashboardView::loadExpiring()
{
    fillRights(
        m_expiring,
        DashboardService(m_reg).expiringWithin(m_reg.today(), m_horizon->currentData().toInt()),
        30);
}

namespace {
struct DashboardData
{
    QVector<RightAttention> expiring;
    QVector<RightAttention> suspended;
    QVector<InactiveCompany> inactive;
};
} // namespace

// On 100,000 companies the dashboard reads for seconds (the inactive companies need the rights of
// every authorized company): read in the background, the lists fill in when it is done.
void DashboardView::reload()
{
    for (QTreeWidget* list : {m_expiring, m_suspended, m_inactive}) {
        list->clear();
        new QTreeWidgetItem(list, {tr("Reading the register…")});
    }
    const QDate today = m_reg.today();
    // Open dossiers are few: read at once.
    m_dossiers->clear();
    for (const ApplicationAttention& d :
         DashboardService(m_reg).dossiersDue(today, DossierHorizonDays)) {
        auto* item = new QTreeWidgetItem(
            m_dossiers, {dateText(d.application.deadline), d.application.receipt, d.company.name,
                         ApplicationNames::subject(d.application.kind, d.application.renewal)});
        item->setData(0, CompanyRole, d.company.id);
        item->setData(0, ApplicationRole, d.application.id);
        if (d.application.isOverdue(today))
            for (int col = 0; col < m_dossiers->columnCount(); ++col) {
                item->setBackground(col, ApplicationsView::overdueBackground());
                item->setForeground(col, ApplicationsView::overdueForeground());
            }
        else
            item->setForeground(0, ApplicationsView::nearForeground());
    }
    const int horizon = m_horizon->currentData().toInt();
    m_reader.start(
        [horizon](const Register& reader) {
            const DashboardService dashboard(reader);
            const QDate today = reader.today();
            return DashboardData{dashboard.expiringWithin(today, horizon),
                                 dashboard.suspendedOn(today),
                                 reader.productions().inactiveCompanies(today)};
        },
        [this](const DashboardData& data) {
            fillRights(m_expiring, data.expiring, 30);
            fillRights(m_suspended, data.suspended, 0);
            m_inactive->clear();
            for (const InactiveCompany& c : data.inactive) {
                auto* item = new QTreeWidgetItem(
                    m_inactive, {dateText(c.lastActivity), c.company.name, c.company.city});
                item->setData(0, CompanyRole, c.company.id);
            }
            Q_EMIT loaded();
        });
}

} // namespace cinereg::ui
