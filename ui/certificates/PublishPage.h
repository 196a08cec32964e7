#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Register → Publish the verification page: asks for the folder that the CCM copies to its web
// site, writes the page, the public keys and the signed status list into it, and says what it
// wrote (or why it could not).
class PublishPage
{
    Q_DECLARE_TR_FUNCTIONS(PublishPage)

public:
    static void ask(const Register& reg, QWidget* parent);
    // The publication itself and the sentence that reports it; `ok` tells which kind it is.
    static QString publishInto(const Register& reg, const QString& folder, bool* ok);
};

} // namespace cinereg::ui
