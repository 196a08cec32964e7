#include "StatisticsReport.h"

#include "Localization.h"
#include "PdfArabic.h"
#include "StatisticsCharts.h"

#include <memory>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStyle>
#include <QtCharts/QChart>

namespace cinereg::ui {

namespace {
const char* const Context = "Statistics";
// The width a chart is laid out at before being scaled onto the page: its fonts then print at
// about 80% of their size on screen.
constexpr qreal ChartWidth = 640;

// One page being drawn: a cursor going down the printable area, text in the report's direction.
class Page
{
public:
    Page(QPainter& painter, const QString& language)
        : m_painter(painter), m_rtl(Localization::isRightToLeft(language)),
          m_area(painter.viewport()), m_y(m_area.top())
    {
        m_painter.setLayoutDirection(m_rtl ? Qt::RightToLeft : Qt::LeftToRight);
    }

    QFont font(qreal points, bool bold = false) const
    {
        QFont f;
        f.setFamilies(
            m_rtl ? QStringList{QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans"),
                                QStringLiteral("DejaVu Sans")}
                  : QStringList{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void line(const QString& text, qreal points, bool bold = false,
              Qt::Alignment align = Qt::AlignLeading)
    {
        m_painter.setFont(font(points, bold));
        QTextOption option(QStyle::visualAlignment(direction(), align) | Qt::AlignVCenter);
        option.setTextDirection(direction());
        option.setWrapMode(QTextOption::WordWrap);
        const QRectF box(m_area.left(), m_y, m_area.width(), m_area.height());
        const QRectF used = m_painter.boundingRect(box, text, option);
        m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), used.height()), text, option);
        m_y += used.height() * 1.25;
    }

    // A table of cells, the first column the widest; columns run right to left in Arabic.
    void table(const QVector<QStringList>& rows, qreal points)
    {
        if (rows.isEmpty())
            return;
        const int columns = int(rows.front().size());
        const qreal first = m_area.width() * (columns > 4 ? 0.16 : 0.46);
        const qreal other = (m_area.width() - first) / std::max(1, columns - 1);
        bool header = true;
        for (const QStringList& row : rows) {
            m_painter.setFont(font(points, header));
            const qreal h = QFontMetricsF(m_painter.font()).height() * 1.5;
            qreal x = 0;
            for (int c = 0; c < row.size(); ++c) {
                const qreal w = c == 0 ? first : other;
                const QRectF cell = mirrored(QRectF(m_area.left() + x, m_y, w, h));
                QTextOption option(QStyle::visualAlignment(
                                       direction(), c == 0 ? Qt::AlignLeading : Qt::AlignTrailing) |
                                   Qt::AlignVCenter);
                option.setTextDirection(direction());
                m_painter.drawText(cell.adjusted(w * 0.03, 0, -w * 0.03, 0), row[c], option);
                x += w;
            }
            m_painter.setPen(QPen(Qt::gray, 0));
            m_painter.drawLine(QPointF(m_area.left(), m_y + h), QPointF(m_area.right(), m_y + h));
            m_painter.setPen(Qt::black);
            m_y += h;
            header = false;
        }
        m_y += m_area.height() * 0.02;
    }

    void chart(QChart* chart, qreal heightShare)
    {
        std::unique_ptr<QChart> owned(chart);
        QGraphicsScene scene;
        scene.addItem(owned.get());
        const QRectF target(m_area.left(), m_y, m_area.width(), m_area.height() * heightShare);
        const QSizeF size(ChartWidth, ChartWidth * target.height() / target.width());
        owned->resize(size);
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        // Qt Charts lays out its value labels on posted events: let them run before drawing.
        QCoreApplication::sendPostedEvents();
        scene.render(&m_painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
        scene.removeItem(owned.get());
        m_y += target.height() + m_area.height() * 0.01;
    }

    void space(qreal share) { m_y += m_area.height() * share; }

private:
    Qt::LayoutDirection direction() const { return m_rtl ? Qt::RightToLeft : Qt::LeftToRight; }
    QRectF mirrored(const QRectF& r) const
    {
        if (!m_rtl)
            return r;
        return QRectF(m_area.left() + m_area.right() - r.right(), r.top(), r.width(), r.height());
    }

    QPainter& m_painter;
    bool m_rtl;
    QRectF m_area;
    qreal m_y;
};

QString number(int n)
{
    return QString::number(n);
}
} // namespace

bool StatisticsReport::render(QPagedPaintDevice& device, const RegisterFigures& f,
                              const QString& language)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const StatisticsCharts charts(f, language, true);
    const auto t = [&](const char* source) { return charts.text(source); };
    const QString day = f.on.toString(QStringLiteral("dd/MM/yyyy"));

    auto header = [&](Page& page) {
        page.line(t(QT_TRANSLATE_NOOP("Statistics", "Kingdom of Morocco")) + QStringLiteral(" — ") +
                      t(QT_TRANSLATE_NOOP("Statistics", "Moroccan Cinema Center")),
                  9, false, Qt::AlignHCenter);
        page.space(0.01);
    };
    using Chart = StatisticsCharts::Chart;

    Page first(painter, language);
    header(first);
    first.line(t(QT_TRANSLATE_NOOP("Statistics", "Statistics of the register")), 18, true,
               Qt::AlignHCenter);
    first.line(t(QT_TRANSLATE_NOOP("Statistics", "Rights in force on %1; years %2 to %3"))
                   .arg(day)
                   .arg(f.fromYear)
                   .arg(f.toYear),
               11, false, Qt::AlignHCenter);
    first.space(0.01);
    first.table(
        {{t(QT_TRANSLATE_NOOP("Statistics", "Right")),
          t(QT_TRANSLATE_NOOP("Statistics", "In force"))},
         {t(QT_TRANSLATE_NOOP("Statistics", "Authorizations")), number(f.inForce.authorization)},
         {t(QT_TRANSLATE_NOOP("Statistics", "National accreditations")),
          number(f.inForce.national)},
         {t(QT_TRANSLATE_NOOP("Statistics", "International accreditations")),
          number(f.inForce.international)}},
        10);
    first.chart(charts.make(Chart::InForce), 0.3);
    first.chart(charts.make(Chart::ByCity), 0.38);

    device.newPage();
    Page second(painter, language);
    header(second);
    second.chart(charts.make(Chart::Decisions), 0.3);
    second.chart(charts.make(Chart::Productions), 0.3);
    QVector<QStringList> years{{t(QT_TRANSLATE_NOOP("Statistics", "Year")),
                                t(QT_TRANSLATE_NOOP("Statistics", "Grants")),
                                t(QT_TRANSLATE_NOOP("Statistics", "Suspensions")),
                                t(QT_TRANSLATE_NOOP("Statistics", "Revocations")),
                                t(QT_TRANSLATE_NOOP("Statistics", "New entrants")),
                                t(QT_TRANSLATE_NOOP("Statistics", "National productions")),
                                t(QT_TRANSLATE_NOOP("Statistics", "Foreign productions"))}};
    for (const YearFigures& y : f.perYear)
        years.append({QString::number(y.year), number(y.grants), number(y.suspensions),
                      number(y.revocations), number(y.newEntrants), number(y.productionsNational),
                      number(y.productionsForeign)});
    second.table(years.mid(0, 16), 8); // at most 15 years on this page; the charts show them all

    device.newPage();
    Page third(painter, language);
    header(third);
    third.chart(charts.make(Chart::Bodies), 0.3);
    QVector<QStringList> bodies{{t(QT_TRANSLATE_NOOP("Statistics", "Professional body")),
                                 t(QT_TRANSLATE_NOOP("Statistics", "Members"))}};
    for (const BodyFigures& b : f.bodies)
        bodies.append({b.body, number(b.members)});
    third.table(bodies, 10);
    QVector<QStringList> cities{{t(QT_TRANSLATE_NOOP("Statistics", "City")),
                                 t(QT_TRANSLATE_NOOP("Statistics", "Authorizations")),
                                 t(QT_TRANSLATE_NOOP("Statistics", "National")),
                                 t(QT_TRANSLATE_NOOP("Statistics", "International"))}};
    for (const CityFigures& c : f.byCity.mid(0, 20))
        cities.append({pdfExtractableArabic(c.city), number(c.inForce.authorization),
                       number(c.inForce.national), number(c.inForce.international)});
    third.table(cities, 9);
    return painter.end();
}

bool StatisticsReport::writePdf(const QString& path, const RegisterFigures& figures,
                                const QString& language)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("cinereg"));
        writer.setTitle(Localization::translate(language, Context, "Statistics of the register"));
        if (!render(writer, figures, language)) {
            file.cancelWriting();
            return false;
        }
    }
    return file.commit();
}

} // namespace cinereg::ui
