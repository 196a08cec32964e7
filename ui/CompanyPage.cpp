#include "CompanyPage.h"

#include "CertificatesPanel.h"
#include "CompanyForm.h"
#include "DecisionDialog.h"
#include "ProductionDialog.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "services/RightService.h"
#include "StatusText.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int RightIdRole = Qt::UserRole + 1;
using Kind = DecisionDialog::Kind;
} // namespace

CompanyPage::CompanyPage(const Register& reg, qint64 companyId, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_companyId(companyId), m_heading(new QLabel(this)),
      m_form(new CompanyForm(reg, this)), m_save(new QPushButton(tr("Save changes"), this)),
      m_rights(new QTreeWidget(this)), m_productions(new QTableWidget(this))
{
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));

    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* scroll = new QScrollArea(identity);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto* identityLayout = new QVBoxLayout(identity);
    identityLayout->addWidget(scroll);
    identityLayout->addWidget(m_save);
    m_save->setEnabled(false);
    connect(m_form, &CompanyForm::edited, this, [this] { m_save->setEnabled(m_form->isValid()); });
    connect(m_form, &CompanyForm::validityChanged, m_save, &QPushButton::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &CompanyPage::save);

    auto* rightsBox = new QGroupBox(tr("Rights and decisions"), this);
    m_rights->setHeaderLabels({tr("Right / decision"), tr("Status or reference"), tr("From"),
                               tr("Until"), tr("Reason"), tr("Entered by")});
    m_rights->setAlternatingRowColors(true);
    m_rights->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rights->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_rights, &QTreeWidget::currentItemChanged, this, &CompanyPage::updateActions);
    auto* buttons = new QHBoxLayout;
    const std::pair<Kind, QString> actions[] = {
        {Kind::GrantAuthorization, tr("Grant authorization…")},
        {Kind::GrantAccreditation, tr("Grant accreditation…")},
        {Kind::Renew, tr("Renew…")},
        {Kind::Suspend, tr("Suspend…")},
        {Kind::Reinstate, tr("Reinstate…")},
        {Kind::Revoke, tr("Revoke…")}};
    for (const auto& [kind, label] : actions) {
        auto* button = new QPushButton(label, this);
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, kind = kind] { openDecision(int(kind)); });
        if (kind != Kind::GrantAuthorization && kind != Kind::GrantAccreditation)
            m_rightActions.append(button);
    }
    auto* rightsLayout = new QVBoxLayout(rightsBox);
    rightsLayout->addWidget(m_rights);
    rightsLayout->addLayout(buttons);

    auto* productionsBox = new QGroupBox(tr("Productions"), this);
    m_productions->setColumnCount(4);
    m_productions->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("From"), tr("To")});
    m_productions->horizontalHeader()->setStretchLastSection(true);
    m_productions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productions->verticalHeader()->hide();
    auto* record = new QPushButton(tr("Record a production…"), this);
    connect(record, &QPushButton::clicked, this, [this] {
        ProductionDialog dialog(m_reg, this);
        dialog.preselectExecutor(m_companyId);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT registerChanged();
        }
    });
    auto* productionsLayout = new QVBoxLayout(productionsBox);
    productionsLayout->addWidget(m_productions);
    productionsLayout->addWidget(record, 0, Qt::AlignLeading);

    auto* certificatesBox = new QGroupBox(tr("Certificates"), this);
    m_certificates = new CertificatesPanel(m_reg, m_companyId, certificatesBox);
    (new QVBoxLayout(certificatesBox))->addWidget(m_certificates);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(rightsBox);
    right->addWidget(productionsBox);
    right->addWidget(certificatesBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(identity);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    reload();
}

QString CompanyPage::title() const
{
    const auto c = m_reg.companies().find(m_companyId);
    return c ? c->name : QString();
}

void CompanyPage::reload()
{
    const std::optional<Company> c = m_reg.companies().find(m_companyId);
    if (!c)
        return;
    m_heading->setText(c->nameAr.isEmpty() ? c->name
                                           : QStringLiteral("%1   ·   %2").arg(c->name, c->nameAr));
    m_form->setCompany(*c);
    m_save->setEnabled(false);
    if (m_certificates)
        m_certificates->reload();

    const QDate today = m_reg.today();
    const CompanyRights held = m_reg.rights().ofCompany(m_companyId);
    m_rights->clear();
    for (const Right& r : held.authorizations + held.accreditations) {
        const RightTimeline timeline(r);
        const RightStatus status = timeline.statusOn(today);
        auto* item = new QTreeWidgetItem(m_rights);
        item->setText(0, QStringLiteral("%1  %2").arg(r.number, Names::label(r.kind)));
        item->setText(1, statusText(status));
        item->setForeground(1, statusBrush(status));
        item->setText(2, dateText(r.validFrom));
        item->setText(3, untilText(timeline.validUntilOn(today)));
        item->setData(0, RightIdRole, r.id);
        for (const Decision& d : r.history) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(
                0, QStringLiteral("%1  %2").arg(dateText(d.effective), Names::label(d.type)));
            child->setText(1, d.reference);
            child->setText(3, d.validUntil.isValid() ? dateText(d.validUntil) : QString());
            child->setText(4, d.reason);
            child->setText(5,
                           tr("%1, %2").arg(d.enteredBy,
                                            QLocale().toString(d.enteredAt, QLocale::ShortFormat)));
            child->setData(0, RightIdRole, r.id);
        }
        item->setExpanded(true);
    }
    ProductionFilter filter;
    filter.executorId = m_companyId;
    const QVector<Production> productions = m_reg.productions().list(filter);
    m_productions->setRowCount(productions.size());
    for (int i = 0; i < productions.size(); ++i) {
        const Production& p = productions[i];
        const QStringList cells{p.title, Names::label(p.kind), dateText(p.shootFrom),
                                dateText(p.shootTo)};
        for (int col = 0; col < cells.size(); ++col)
            m_productions->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    updateActions();
}

void CompanyPage::save()
{
    const Check edited = m_reg.companies().edit(m_form->company());
    if (!edited) {
        QMessageBox::warning(this, tr("Refused"), edited.refusal().message);
        return;
    }
    reload();
    Q_EMIT registerChanged();
}

qint64 CompanyPage::selectedRightId() const
{
    const QTreeWidgetItem* item = m_rights->currentItem();
    return item ? item->data(0, RightIdRole).toLongLong() : 0;
}

void CompanyPage::updateActions()
{
    for (QPushButton* b : m_rightActions)
        b->setEnabled(selectedRightId() != 0);
}

void CompanyPage::openDecision(int kind)
{
    DecisionDialog dialog(m_reg, Kind(kind), m_companyId, selectedRightId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT registerChanged();
    }
}

} // namespace cinereg::ui
