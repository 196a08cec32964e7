#include "DashboardView.h"

#include "accounts/DecisionService.h"
#include "ApplicationsView.h"
#include "dashboard/DashboardService.h"
#include "Names.h"
#include "services/ChangeFeed.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "StatusText.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int CompanyRole = Qt::UserRole + 1;
constexpr int ApplicationRole = Qt::UserRole + 2;
} // namespace

DashboardView::DashboardView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_reader(this, reg), m_horizon(new QComboBox(this))
{
    for (int days : DashboardService::expiringHorizons())
        m_horizon->addItem(tr("within %n day(s)", nullptr, days), days);
    m_horizon->setCurrentIndex(m_horizon->count() - 1);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &DashboardView::loadExpiring);

    m_expiring = makeList({tr("Ends on"), tr("Right"), tr("Company"), tr("Standing")});
    m_suspended = makeList({tr("Suspended since"), tr("Right"), tr("Company"), tr("Standing")});
    for (QTreeWidget* list : {m_expiring, m_suspended})
        list->headerItem()->setToolTip(3, tr("Standing today"));
    m_inactive = makeList({tr("Last activity"), tr("Company"), tr("City")});
    m_dossiers = makeList({tr("Due by"), tr("Dossier"), tr("Company"), tr("Asks for")});
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
    auto* dossiersBox = new QGroupBox(tr("Dossiers due within %n day(s) or overdue", nullptr,
                                         DashboardService::DossierDueWithinDays),
                                      this);
    (new QVBoxLayout(dossiersBox))->addWidget(m_dossiers);

    connect(&reg.changes(), &ChangeFeed::changed, this, &DashboardView::reload);

    auto* tiles = new QHBoxLayout;
    const QString captions[TileCount] = {tr("Companies"),
                                         tr("Authorized companies"),
                                         tr("National accreditations in force"),
                                         tr("International accreditations in force"),
                                         tr("Open dossiers"),
                                         tr("Overdue dossiers"),
                                         tr("Decisions awaiting approval")};
    for (const QString& caption : captions) {
        auto* tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto* number = new QLabel(QStringLiteral("…"), tile);
        number->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
        number->setAlignment(Qt::AlignCenter);
        auto* label = new QLabel(caption, tile);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->addWidget(number);
        tileLayout->addWidget(label);
        tiles->addWidget(tile, 1);
        m_counts.append(number);
        m_tiles.append(tile);
    }
    // Four eyes exist only once the register has accounts: before that nothing awaits anyone.
    m_tiles[PendingProposals]->setVisible(reg.hasAccounts());

    auto* grid = new QGridLayout(this);
    grid->addLayout(tiles, 0, 0, 1, 2);
    grid->addWidget(expiringBox, 1, 0);
    grid->addWidget(suspendedBox, 1, 1);
    grid->addWidget(dossiersBox, 2, 0);
    grid->addWidget(inactiveBox, 2, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
}

QTreeWidget* DashboardView::makeList(const QStringList& headers)
{
    auto* list = new QTreeWidget(this);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    // Every column as wide as its content, the last one taking what remains: the texts are kept
    // short (a right's number and short kind, the full name in the tooltip) so that all fit at
    // the window's default size; a longer standing wraps rather than being cut.
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setWordWrap(true);
    list->setUniformRowHeights(false);
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT companyActivated(item->data(0, CompanyRole).toLongLong());
    });
    return list;
}

QString DashboardView::countText(int tile) const
{
    return tile >= 0 && tile < m_counts.size() ? m_counts[tile]->text() : QString();
}

bool DashboardView::tileShown(int tile) const
{
    return tile >= 0 && tile < m_tiles.size() && !m_tiles[tile]->isHidden();
}

void DashboardView::showPendingProposals()
{
    const bool accounts = m_reg.hasAccounts();
    m_tiles[PendingProposals]->setVisible(accounts);
    if (!accounts)
        return;
    const int pending = m_reg.decisions().pendingCount();
    m_counts[PendingProposals]->setText(QLocale().toString(pending));
    m_counts[PendingProposals]->setStyleSheet(
        QStringLiteral("font-size: 20pt; font-weight: bold; color: %1;")
            .arg(pending > 0 ? QStringLiteral("#b36b00") : QStringLiteral("palette(text)")));
}

void DashboardView::showCounts(const RegisterCounts& c)
{
    const int values[] = {c.companies,     c.authorized,   c.national,
                          c.international, c.openDossiers, c.overdueDossiers};
    for (int i = 0; i <= Overdue; ++i)
        m_counts[i]->setText(QLocale().toString(values[i]));
    m_counts[Overdue]->setStyleSheet(
        QStringLiteral("font-size: 20pt; font-weight: bold; color: %1;")
            .arg(c.overdueDossiers > 0 ? QStringLiteral("#b01c1c")
                                       : QStringLiteral("palette(text)")));
}

QString DashboardView::rightCell(const Right& right) const
{
    // "AEN-2024-0003 (national accreditation)": right to left, the number is read first (on the
    // right), its kind after it; the mark makes the line right-to-left although it starts with a
    // Latin number.
    const QString mark = isRightToLeft() ? QString(QChar(0x200F)) : QString();
    return mark +
           QStringLiteral("%1 (%2)").arg(isolated(right.number), shortRightLabel(right.kind));
}

void DashboardView::fillRights(QTreeWidget* list, const QVector<RightAttention>& items,
                               bool markUrgent)
{
    list->clear();
    const QDate today = m_reg.today();
    for (const RightAttention& a : items) {
        auto* item = new QTreeWidgetItem(
            list, {dateText(a.day), rightCell(a.right), a.company.name, a.standing.label()});
        item->setToolTip(1,
                         QStringLiteral("%1 — %2").arg(a.right.number, Names::label(a.right.kind)));
        item->setForeground(3, standingBrush(a.standing));
        item->setToolTip(3, a.standing.text());
        item->setData(0, CompanyRole, a.company.id);
        if (markUrgent && DashboardService::isUrgent(a, today))
            item->setForeground(0, statusBrush(RightStatus::Suspended));
    }
}

void DashboardView::loadExpiring()
{
    fillRights(
        m_expiring,
        DashboardService(m_reg).expiringWithin(m_reg.today(), m_horizon->currentData().toInt()),
        true);
}

namespace {
struct DashboardData
{
    QVector<RightAttention> expiring;
    QVector<RightAttention> suspended;
    QVector<InactiveCompany> inactive;
    RegisterCounts counts;
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
    // Pending proposals are few (one count): read at once, like the open dossiers.
    showPendingProposals();
    // Open dossiers are few: read at once.
    m_dossiers->clear();
    for (const ApplicationAttention& d :
         DashboardService(m_reg).dossiersDue(today, DashboardService::DossierDueWithinDays)) {
        auto* item = new QTreeWidgetItem(
            m_dossiers,
            {dateText(d.application.deadline), d.application.receipt, d.company.name,
             d.application.renewal ? tr("%1 (renewal)").arg(shortRightLabel(d.application.kind))
                                   : shortRightLabel(d.application.kind)});
        item->setToolTip(3, ApplicationNames::subject(d.application.kind, d.application.renewal));
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
            return DashboardData{
                dashboard.expiringWithin(today, horizon), dashboard.suspendedOn(today),
                reader.productions().inactiveCompanies(today), dashboard.counts(today)};
        },
        [this](const DashboardData& data) {
            fillRights(m_expiring, data.expiring, true);
            fillRights(m_suspended, data.suspended, false);
            showCounts(data.counts);
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
