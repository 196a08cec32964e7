#pragma once

#include "statistics/RegisterFigures.h"

#include <memory>
#include <optional>
#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class BackgroundReader;

// The Statistics tab: the register's figures on a day (StatisticsService) drawn as charts,
// filtered by period; each chart saved as PNG, the whole printed as the PDF report that
// `cinereg-cli stats --out` writes.
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsView(Register& reg, QWidget* parent = nullptr);
    ~StatisticsView() override;

    void refresh(); // reads the figures again on a worker thread
    bool busy() const;
    const std::optional<RegisterFigures>& figures() const { return m_figures; }
    // The figures the charts show, chart by chart, as the tab drew them (for tests).
    QStringList shownTitles() const;

    void setPeriod(QDate on, int fromYear, int toYear); // then refresh()
    bool savePng(int chartIndex, const QString& path) const;
    bool saveReport(const QString& path, const QString& language) const;

signals:
    void figuresShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void draw(const RegisterFigures& figures);
    void askPng(int chartIndex);
    void askReport();

    Register& m_reg;
    std::unique_ptr<BackgroundReader> m_reader;
    std::optional<RegisterFigures> m_figures;
    bool m_periodChosen = false;
    QLabel* m_onLabel = nullptr;
    QDateEdit* m_on = nullptr;
    QLabel* m_yearsLabel = nullptr;
    QSpinBox* m_from = nullptr;
    QSpinBox* m_to = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_report = nullptr;
    QLabel* m_message = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_charts = nullptr;
};

} // namespace cinereg::ui
