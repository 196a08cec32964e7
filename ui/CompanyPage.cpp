#include "CompanyPage.h"

#include "accounts/DecisionService.h"
#include "CertificatesPanel.h"
#include "CompanyForm.h"
#include "DecisionDialog.h"
#include "FormConventions.h"
#include "Names.h"
#include "ProductionDialog.h"
#include "RightCard.h"
#include "RoleGate.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "services/RightService.h"
#include "Standing.h"
#include "StatusText.h"
#include "StorageFailureBar.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
using Kind = DecisionDialog::Kind;

QScrollArea* verticalScroll(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
} // namespace

CompanyPage::CompanyPage(const Register& reg, qint64 companyId, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_companyId(companyId), m_heading(new QLabel(this)),
      m_form(new CompanyForm(reg, this)), m_save(new QPushButton(tr("Save changes"), this)),
      m_saveReason(new QLabel(this)), m_storage(new StorageFailureBar(this)),
      m_cardsHost(new QWidget(this)), m_cardsLayout(new QVBoxLayout(m_cardsHost)),
      m_productions(new QTableWidget(this))
{
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    // Rights: the main panel, cards one under the other, never wider than the panel.
    auto* rightsBox = new QGroupBox(tr("Rights and decisions"), this);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->addStretch();
    auto* buttons = new QGridLayout;
    const std::pair<Kind, QString> actions[] = {
        {Kind::GrantAuthorization, tr("Grant authorization…")},
        {Kind::GrantAccreditation, tr("Grant accreditation…")},
        {Kind::Renew, tr("Renew…")},
        {Kind::Suspend, tr("Suspend…")},
        {Kind::Reinstate, tr("Reinstate…")},
        {Kind::Revoke, tr("Revoke…")}};
    int slot = 0;
    for (const auto& [kind, label] : actions) {
        auto* button = new QPushButton(label, this);
        // Two rows of three: every label shows whole in French and Arabic at any window width.
        buttons->addWidget(button, slot / 3, slot % 3);
        ++slot;
        connect(button, &QPushButton::clicked, this,
                [this, kind = kind] { openDecision(int(kind)); });
        m_decisionButtons.append(button);
        if (kind != Kind::GrantAuthorization && kind != Kind::GrantAccreditation)
            m_rightActions.append(button);
    }
    auto* selectHint =
        new QLabel(tr("Click a right to renew, suspend, reinstate or revoke it."), this);
    selectHint->setWordWrap(true);
    selectHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // Four eyes: what awaits approval for this company, and what a decision made here became.
    m_pending = new QLabel(this);
    m_pending->setWordWrap(true);
    m_pending->setStyleSheet(QStringLiteral("color: #b36b00;"));
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #b36b00; font-weight: bold;"));
    m_notice->setVisible(false);
    auto* rightsLayout = new QVBoxLayout(rightsBox);
    rightsLayout->addWidget(verticalScroll(m_cardsHost, rightsBox), 1);
    rightsLayout->addWidget(m_pending);
    rightsLayout->addWidget(m_notice);
    rightsLayout->addWidget(selectHint);
    rightsLayout->addLayout(buttons);

    // Identity: the form scrolls vertically only; the panel is as wide as the form needs.
    auto* identity = new QGroupBox(tr("Identity"), this);
    if (auto* form = qobject_cast<QFormLayout*>(m_form->layout()))
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* identityScroll = verticalScroll(m_form, identity);
    auto* identityLayout = new QVBoxLayout(identity);
    identityLayout->addWidget(identityScroll, 1);
    identityLayout->addWidget(m_storage);
    // Beside Save, why it is disabled, in a place kept for it (nothing moves when it changes).
    reserveMessageSpace(m_saveReason);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveReason, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    identityLayout->addLayout(saveRow);
    connect(m_form, &CompanyForm::edited, this, [this] {
        m_formEdited = true;
        updateSave();
    });
    connect(m_form, &CompanyForm::checked, this, &CompanyPage::updateSave);
    connect(m_save, &QPushButton::clicked, this, &CompanyPage::save);

    // Productions and certificates: below the rights, one tab each.
    m_productions->setColumnCount(4);
    m_productions->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("From"), tr("To")});
    m_productions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_productions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_productions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productions->verticalHeader()->hide();
    auto* record = new QPushButton(tr("Record a production…"), this);
    m_recordProduction = record;
    connect(record, &QPushButton::clicked, this, [this] {
        ProductionDialog dialog(m_reg, this);
        dialog.preselectExecutor(m_companyId);
        dialog.exec(); // the register's change feed refreshes the page
    });
    auto* productionsTab = new QWidget(this);
    auto* productionsLayout = new QVBoxLayout(productionsTab);
    productionsLayout->addWidget(m_productions);
    productionsLayout->addWidget(record, 0, Qt::AlignLeading);
    m_certificates = new CertificatesPanel(m_reg, m_companyId, this);
    auto* lower = new QTabWidget(this);
    lower->addTab(productionsTab, tr("Productions"));
    lower->addTab(m_certificates, tr("Certificates"));

    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(rightsBox);
    main->addWidget(lower);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setSizes({600, 220}); // proportions: the rights first
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(main);
    split->addWidget(identity);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({880, 520});
    split->setChildrenCollapsible(false);
    identity->setMinimumWidth(m_form->minimumSizeHint().width() +
                              identityScroll->verticalScrollBar()->sizeHint().width() + 24);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);

    connect(&m_reg.changes(), &ChangeFeed::changed, this, &CompanyPage::reload);
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
    // Each name isolated, and the line given the window's direction: in Arabic the heading
    // starts on the right with the Arabic name even when the Latin one would come first.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QString first = rtl && !c->nameAr.isEmpty() ? c->nameAr : c->name;
    const QString second = rtl ? (c->nameAr.isEmpty() ? QString() : c->name) : c->nameAr;
    m_heading->setText(
        QString(rtl ? QChar(0x200F) : QChar(0x200E)) +
        (second.isEmpty() ? isolated(first)
                          : QStringLiteral("%1   ·   %2").arg(isolated(first), isolated(second))));
    if (!m_formEdited)
        m_form->setCompany(*c);
    m_mayNotDecide = RoleGate::refusal(m_reg, Action::ProposeDecision);
    m_recordProduction->setEnabled(true);
    m_recordProduction->setToolTip({});
    RoleGate::gate(m_reg, Action::RecordProductions, m_recordProduction);
    updateSave();
    m_certificates->reload();
    reloadRights();
    reloadProductions();
    reloadPending();
}

void CompanyPage::reloadPending()
{
    m_pending->setVisible(m_reg.hasAccounts());
    if (!m_reg.hasAccounts())
        return;
    ProposalQuery query;
    query.pendingOnly = true;
    query.companyId = m_companyId;
    QStringList lines;
    for (const Proposal& p : m_reg.decisions().list(query))
        lines.append(tr("Awaiting approval, not in force: proposal %1 — %2 (proposed by %3)")
                         .arg(p.id)
                         .arg(p.summary(), isolated(p.proposedBy)));
    m_pending->setText(lines.join(QLatin1Char('\n')));
    m_pending->setVisible(!lines.isEmpty());
}

QString CompanyPage::pendingText() const
{
    return m_pending->isVisibleTo(this) ? m_pending->text() : QString();
}

QString CompanyPage::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void CompanyPage::reloadRights()
{
    const QDate today = m_reg.today();
    const CompanyRights held = m_reg.rights().ofCompany(m_companyId);
    for (RightCard* card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    bool selectedStillThere = false;
    for (const Right& r : held.authorizations + held.accreditations) {
        auto* card =
            new RightCard(r, StandingRules::of(r, held.authorizations, today), today, m_cardsHost);
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
        connect(card, &RightCard::clicked, this, &CompanyPage::selectRight);
        m_cards.append(card);
        selectedStillThere = selectedStillThere || r.id == m_selected;
    }
    if (!selectedStillThere)
        m_selected = 0;
    selectRight(m_selected);
}

void CompanyPage::reloadProductions()
{
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
}

void CompanyPage::updateSave()
{
    const QString mayNotEdit = RoleGate::refusal(m_reg, Action::EditCompanies);
    if (!mayNotEdit.isEmpty()) { // the role may read the company, not change it
        m_save->setEnabled(false);
        m_saveReason->setText(mayNotEdit);
        m_saveReason->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const bool problem = m_formEdited && !m_form->isValid();
    m_save->setEnabled(m_formEdited && m_form->isValid());
    m_saveReason->setText(!m_formEdited ? tr("Nothing to save: no field has been changed.")
                                        : m_form->firstProblem());
    m_saveReason->setStyleSheet(problem ? QStringLiteral("color: #b01c1c; font-weight: bold;")
                                        : QStringLiteral("color: palette(mid);"));
}

QString CompanyPage::saveReason() const
{
    return m_save->isEnabled() ? QString() : m_saveReason->text();
}

void CompanyPage::save()
{
    // A register locked by another program or a failing disk: the message in place with Retry,
    // the form as typed (Retry saves what the form holds then).
    m_storage->attempt([this] { record(); });
}

void CompanyPage::record()
{
    const Check edited = m_reg.companies().edit(m_form->company());
    if (!edited) {
        QMessageBox::warning(this, tr("Refused"), edited.refusal().message);
        return;
    }
    m_formEdited = false;
    reload();
    Q_EMIT registerChanged();
}

void CompanyPage::selectRight(qint64 rightId)
{
    m_selected = rightId;
    for (RightCard* card : std::as_const(m_cards))
        card->setSelected(card->rightId() == rightId);
    updateActions();
}

void CompanyPage::updateActions()
{
    // A role that may not propose decisions (auditor, admin) sees the buttons disabled, and why.
    for (QPushButton* b : std::as_const(m_decisionButtons)) {
        const bool onRight = m_rightActions.contains(b);
        b->setEnabled(m_mayNotDecide.isEmpty() && (!onRight || m_selected != 0));
        b->setToolTip(m_mayNotDecide);
    }
}

void CompanyPage::openDecision(int kind)
{
    DecisionDialog dialog(m_reg, Kind(kind), m_companyId, m_selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // With accounts the decision is a proposal: said here, and not shown as in force.
    const Submission done = dialog.submission();
    m_notice->setText(done.proposed() ? done.proposedMessage() : QString());
    m_notice->setVisible(done.proposed());
    Q_EMIT registerChanged(); // the change feed has already refreshed every open view
}

} // namespace cinereg::ui
