#include "FormConventions.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace cinereg::ui {

namespace {
const char* const HasRequired = "cinereg_hasRequired";
const char* const PlainLabel = "cinereg_plainLabel";

} // namespace

void markRequired(QFormLayout* form, QWidget* field)
{
    auto* label = qobject_cast<QLabel*>(form->labelForField(field));
    if (!label)
        return;
    if (!label->property(PlainLabel).isValid()) {
        label->setProperty(PlainLabel, label->text());
        label->setText(QCoreApplication::translate("FormConventions", "%1 *").arg(label->text()));
    }
    const QString plain = label->property(PlainLabel).toString();
    field->setAccessibleName(
        QCoreApplication::translate("FormConventions", "%1 (required)").arg(plain));
    form->setProperty(HasRequired, true);
}

bool hasRequired(const QFormLayout* form)
{
    return form->property(HasRequired).toBool();
}

QLabel* requiredLegend(QWidget* parent)
{
    auto* legend =
        new QLabel(QCoreApplication::translate("FormConventions", "* required field"), parent);
    legend->setStyleSheet(QStringLiteral("color: palette(mid);"));
    legend->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // never takes the slack
    return legend;
}

void reserveMessageSpace(QLabel* message, int lines)
{
    message->setWordWrap(true);
    message->setMinimumHeight(lines * message->fontMetrics().lineSpacing());
    QSizePolicy keepPlace = message->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    message->setSizePolicy(keepPlace);
}

void chainTabOrder(const QList<QWidget*>& widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace cinereg::ui
