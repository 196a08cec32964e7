// cinereg-generate --db FILE [--companies N] [--seed S] [--today YYYY-MM-DD]
#include "AppIdentity.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    cinereg::setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a register of fictional companies."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("The new register file."), QStringLiteral("FILE")},
         {QStringLiteral("companies"), QStringLiteral("How many companies."), QStringLiteral("N"),
          QStringLiteral("1000")},
         {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
          QStringLiteral("1")},
         {QStringLiteral("today"), QStringLiteral("The day histories are relative to."),
          QStringLiteral("DATE")}});
    parser.process(app);
    QTextStream err(stderr);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || QFileInfo::exists(path)) {
        err << "cinereg-generate: --db must name a new file" << Qt::endl;
        return 2;
    }
    const QDate today = parser.isSet(QStringLiteral("today"))
                            ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
                            : QDate::currentDate();
    cinereg::FixedClock clock(today);
    try {
        cinereg::Register reg(path, clock, QStringLiteral("generator"));
        QElapsedTimer timer;
        timer.start();
        cinereg::GeneratorOptions options;
        options.companies = parser.value(QStringLiteral("companies")).toInt();
        options.seed = parser.value(QStringLiteral("seed")).toUInt();
        options.today = today;
        cinereg::generateRegister(reg, options);
        err << "cinereg-generate: " << reg.companies().count({}) << " companies in "
            << timer.elapsed() << " ms -> " << path << Qt::endl;
    } catch (const cinereg::StorageError& e) {
        err << e.message() << Qt::endl;
        return 3;
    }
    return 0;
}
