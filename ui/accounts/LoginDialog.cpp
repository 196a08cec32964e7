#include "LoginDialog.h"

#include "CheckedDialogLayout.h"
#include "FormConventions.h"
#include "Localization.h"
#include "services/Register.h"
#include "StatusText.h"
#include "StorageFailureBar.h"
#include "UiSetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cinereg::ui {

LoginDialog::LoginDialog(Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_form(new QFormLayout), m_intro(new QLabel(this)),
      m_language(new QComboBox(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_storage(new StorageFailureBar(this)), m_buttons(new QDialogButtonBox(this)),
      m_signIn(m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole)),
      m_quit(m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole))
{
    // Buttons of our own (not the standard OK and Cancel, which the button box renames itself
    // when the language changes): they say what they do in every language.
    m_signIn->setDefault(true);
    // Language names are written in their own language, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Localization::current())));
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString language = m_language->currentData().toString();
        UiSetup::applyLanguage(language);
        UiSetup::saveLanguage(Localization::current());
    });
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setMaxLength(64);
    m_intro->setWordWrap(true);
    m_form->addRow(m_intro);
    m_form->addRow(tr("Login"), m_login);
    m_form->addRow(tr("Password"), m_password);
    m_form->addRow(tr("Language"), m_language);
    markRequired(m_form, m_login);
    markRequired(m_form, m_password);
    chainTabOrder({m_login, m_password, m_language});
    layOutCheckedDialog(this, m_form, m_message, m_buttons, QString(), m_storage);
    m_message->setVisible(false);
    connect(m_login, &QLineEdit::textEdited, m_message, &QLabel::hide);
    connect(m_password, &QLineEdit::textEdited, m_message, &QLabel::hide);
    setMinimumWidth(460);
    retranslate();
    m_login->setFocus();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("cinereg — sign in"));
    m_intro->setText(tr("This register has accounts: sign in to work on it.\n%1")
                         .arg(isolated(m_reg.location())));
    // The labels lose their asterisk when retranslated: mark them again.
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_login))) {
        label->setProperty("cinereg_plainLabel", QVariant());
        label->setText(tr("Login"));
    }
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_password))) {
        label->setProperty("cinereg_plainLabel", QVariant());
        label->setText(tr("Password"));
    }
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_language)))
        label->setText(tr("Language"));
    markRequired(m_form, m_login);
    markRequired(m_form, m_password);
    m_signIn->setText(tr("Sign in"));
    m_quit->setText(tr("Quit"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
}

void LoginDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString LoginDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void LoginDialog::accept()
{
    m_storage->attempt([this] { signIn(); });
}

void LoginDialog::signIn()
{
    const Outcome<Account> signedIn = m_reg.signIn(m_login->text().trimmed(), m_password->text());
    if (!signedIn) {
        m_message->setText(signedIn.refusal().message);
        m_message->setVisible(true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cinereg::ui
