#include "AccountsDialog.h"

#include "accounts/AccountService.h"
#include "FormConventions.h"
#include "NewAccountDialog.h"
#include "PasswordDialog.h"
#include "RoleGate.h"
#include "services/Register.h"
#include "StatusText.h"
#include "StorageFailureBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int LoginRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
constexpr int AccountRole = Qt::UserRole + 3;
} // namespace

AccountsDialog::AccountsDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_list(new QTreeWidget(this)), m_role(new QComboBox(this)),
      m_new(new QPushButton(tr("New account…"), this)),
      m_active(new QPushButton(tr("Disable"), this)),
      m_setRole(new QPushButton(tr("Change the role"), this)),
      m_password(new QPushButton(tr("New password…"), this)), m_message(new QLabel(this)),
      m_storage(new StorageFailureBar(this))
{
    setWindowTitle(tr("Accounts"));
    m_list->setHeaderLabels({tr("Login"), tr("Full name"), tr("Role"), tr("State"),
                             tr("Created on"), tr("Created by")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (Role r : {Role::Clerk, Role::Approver, Role::Auditor, Role::Admin})
        m_role->addItem(RolePolicy::name(r), int(r));
    m_role->setAccessibleName(tr("Role"));
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    reserveMessageSpace(m_message);
    m_message->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_active);
    actions->addWidget(m_role);
    actions->addWidget(m_setRole);
    actions->addWidget(m_password);
    actions->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_storage);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &AccountsDialog::newAccount);
    connect(m_active, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_setRole, &QPushButton::clicked, this,
            [this] { changeRole(m_role->currentData().toInt()); });
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::newPassword);
    resize(860, 460);
    reload();
}

void AccountsDialog::reload()
{
    m_storage->attempt([this] {
        const QString selected = selectedLogin();
        m_mayManage = RoleGate::refusal(m_reg, Action::ManageAccounts).isEmpty();
        m_list->clear();
        for (const Account& a : m_reg.accounts().list()) {
            auto* item = new QTreeWidgetItem(m_list, {a.login, a.fullName, RolePolicy::name(a.role),
                                                      a.active ? tr("active") : tr("disabled"),
                                                      dateText(a.createdAt.date()), a.createdBy});
            item->setData(0, LoginRole, a.login);
            item->setData(0, ActiveRole, a.active);
            item->setData(0, AccountRole, int(a.role));
            if (!a.active)
                for (int c = 0; c < m_list->columnCount(); ++c)
                    item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        select(selected);
        updateButtons();
    });
}

void AccountsDialog::select(const QString& login)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, LoginRole).toString() == login)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

QString AccountsDialog::selectedLogin() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, LoginRole).toString() : QString();
}

void AccountsDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool active = item && item->data(0, ActiveRole).toBool();
    m_active->setText(item && !active ? tr("Enable") : tr("Disable"));
    if (item)
        m_role->setCurrentIndex(m_role->findData(item->data(0, AccountRole).toInt()));
    const QString why = m_mayManage ? QString() : RoleGate::refusal(m_reg, Action::ManageAccounts);
    // Everyone signed in changes their own password (AccountService::setPassword).
    const bool own =
        item && m_reg.account() && item->data(0, LoginRole).toString() == m_reg.account()->login;
    for (QWidget* w : {static_cast<QWidget*>(m_active), static_cast<QWidget*>(m_setRole),
                       static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_password)}) {
        const bool may = m_mayManage || (w == m_password && own);
        w->setEnabled(may && item);
        w->setToolTip(may ? (item ? QString() : tr("Select an account in the list.")) : why);
    }
    m_new->setEnabled(m_mayManage);
    m_new->setToolTip(why);
}

void AccountsDialog::showRefusal(const QString& refusal)
{
    m_message->setText(refusal);
    m_message->setVisible(!refusal.isEmpty());
}

QString AccountsDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void AccountsDialog::toggleActive()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString login = item->data(0, LoginRole).toString();
    const bool active = item->data(0, ActiveRole).toBool();
    m_storage->attempt([&] {
        const Check done =
            active ? m_reg.accounts().disable(login) : m_reg.accounts().enable(login);
        showRefusal(done ? QString() : done.refusal().message);
        reload();
    });
}

void AccountsDialog::changeRole(int role)
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    m_storage->attempt([&] {
        const Check done = m_reg.accounts().setRole(login, Role(role));
        showRefusal(done ? QString() : done.refusal().message);
        reload();
    });
}

void AccountsDialog::newAccount()
{
    NewAccountDialog dialog(m_reg, this);
    if (dialog.exec() == QDialog::Accepted) {
        showRefusal({});
        reload();
        select(dialog.account().login);
    }
}

void AccountsDialog::newPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    PasswordDialog dialog(m_reg, login, this);
    if (dialog.exec() == QDialog::Accepted)
        showRefusal({});
}

} // namespace cinereg::ui
