#include "DashboardView.h"

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
}

DashboardView::DashboardView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_horizon(new QComboBox(this))
{
    for (int days : {30, 60, 90})
        m_horizon->addItem(tr("within %n day(s)", nullptr, days), days);
    m_horizon->setCurrentIndex(2);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &DashboardView::loadExpiring);

    m_expiring = makeList({tr("Ends on"), tr("Right"), tr("Company")});
    m_suspended = makeList({tr("Suspended since"), tr("Right"), tr("Company")});
    m_inactive = makeList({tr("Last activity"), tr("Company"), tr("City")});

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

    auto* grid = new QGridLayout(this);
    grid->addWidget(expiringBox, 0, 0);
    grid->addWidget(suspendedBox, 0, 1);
    grid->addWidget(inactiveBox, 1, 0, 1, 2);
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

void DashboardView::loadExpiring()
{
    m_expiring->clear();
    const QDate today = m_reg.today();
    for (const RightAttention& a :
         DashboardService(m_reg).expiringWithin(today, m_horizon->currentData().toInt())) {
        auto* item = new QTreeWidgetItem(
            m_expiring, {dateText(a.day),
                         QStringLiteral("%1 — %2").arg(a.right.number, Names::label(a.right.kind)),
                         a.company.name});
        item->setData(0, CompanyRole, a.company.id);
        if (a.day <= today.addDays(30))
            item->setForeground(0, statusBrush(RightStatus::Suspended));
    }
}

void DashboardView::reload()
{
    loadExpiring();
    const QDate today = m_reg.today();
    m_suspended->clear();
    for (const RightAttention& a : DashboardService(m_reg).suspendedOn(today)) {
        auto* item = new QTreeWidgetItem(
            m_suspended, {dateText(a.day),
                          QStringLiteral("%1 — %2").arg(a.right.number, Names::label(a.right.kind)),
                          a.company.name});
        item->setData(0, CompanyRole, a.company.id);
    }
    m_inactive->clear();
    for (const InactiveCompany& c : m_reg.productions().inactiveCompanies(today)) {
        auto* item = new QTreeWidgetItem(
            m_inactive, {dateText(c.lastActivity), c.company.name, c.company.city});
        item->setData(0, CompanyRole, c.company.id);
    }
}

} // namespace cinereg::ui
