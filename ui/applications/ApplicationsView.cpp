#include "ApplicationsView.h"

#include "applications/ApplicationService.h"
#include "NewApplicationDialog.h"
#include "RoleGate.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StatusText.h"

#include <QCheckBox>
#include <QColor>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int NearDays = 5;
}

QBrush ApplicationsView::overdueBackground()
{
    return QBrush(QColor(0xf8, 0xd7, 0xd7));
}
QBrush ApplicationsView::overdueForeground()
{
    return QBrush(QColor(0xb0, 0x1c, 0x1c));
}
QBrush ApplicationsView::nearForeground()
{
    return QBrush(QColor(0xb3, 0x6b, 0x00));
}

ApplicationsView::ApplicationsView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_openOnly(new QCheckBox(tr("Open dossiers only"), this)),
      m_list(new QTreeWidget(this))
{
    m_list->setHeaderLabels({tr("Decision due by"), tr("Receipt"), tr("Company"), tr("Asks for"),
                             tr("Received"), tr("Status"), tr("Missing pieces")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT applicationActivated(item->data(0, ApplicationIdRole).toLongLong());
    });

    auto* newButton = new QPushButton(tr("New dossier…"), this);
    connect(newButton, &QPushButton::clicked, this, &ApplicationsView::newApplication);
    RoleGate::gate(m_reg, Action::FileApplications, newButton); // the reason in its tooltip
    auto* openButton = new QPushButton(tr("Open the dossier"), this);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem())
            Q_EMIT applicationActivated(item->data(0, ApplicationIdRole).toLongLong());
    });
    connect(m_openOnly, &QCheckBox::toggled, this, &ApplicationsView::reload);

    auto* bar = new QHBoxLayout;
    bar->addWidget(newButton);
    bar->addWidget(openButton);
    bar->addStretch();
    bar->addWidget(m_openOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    connect(&reg.changes(), &ChangeFeed::changed, this, &ApplicationsView::reload);
}

void ApplicationsView::setOpenOnly(bool openOnly)
{
    m_openOnly->setChecked(openOnly); // reloads when it changes
}

void ApplicationsView::newApplication()
{
    NewApplicationDialog dialog(m_reg, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT registerChanged();
        Q_EMIT applicationActivated(dialog.applicationId());
    }
}

void ApplicationsView::reload()
{
    ApplicationQuery query;
    query.openOnly = m_openOnly->isChecked();
    const QVector<Application> apps = ApplicationService(m_reg).list(query);
    QVector<qint64> ids;
    for (const Application& a : apps)
        ids.append(a.companyId);
    QHash<qint64, QString> names;
    for (const CompanySummary& s : m_reg.companies().summaries(ids))
        names.insert(s.id, s.name);

    const QDate today = m_reg.today();
    m_list->clear();
    QList<QTreeWidgetItem*> items;
    for (const Application& a : apps) {
        QStringList missing;
        for (const QString& code : DossierRules::missing(a))
            missing.append(ApplicationNames::label(*ApplicationNames::pieceKind(code)));
        auto* item =
            new QTreeWidgetItem({dateText(a.deadline), a.receipt, names.value(a.companyId),
                                 ApplicationNames::subject(a.kind, a.renewal), dateText(a.received),
                                 ApplicationNames::label(a.status),
                                 a.isOpen() ? missing.join(QStringLiteral("; ")) : QString()});
        item->setData(0, ApplicationIdRole, a.id);
        const bool overdue = a.isOverdue(today);
        item->setData(0, OverdueRole, overdue);
        if (overdue) {
            item->setText(StatusColumn,
                          tr("open, overdue by %n day(s)", nullptr, int(a.deadline.daysTo(today))));
            for (int col = 0; col < m_list->columnCount(); ++col) {
                item->setBackground(col, overdueBackground());
                item->setForeground(col, overdueForeground());
            }
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(DeadlineColumn, bold);
            item->setFont(StatusColumn, bold);
        } else if (a.isOpen() && today.daysTo(a.deadline) <= NearDays) {
            item->setForeground(DeadlineColumn, nearForeground());
            item->setForeground(StatusColumn, nearForeground());
        } else if (!a.isOpen()) {
            for (int col = 0; col < m_list->columnCount(); ++col)
                item->setForeground(col, QBrush(QColor(0x70, 0x70, 0x70)));
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
}

} // namespace cinereg::ui
