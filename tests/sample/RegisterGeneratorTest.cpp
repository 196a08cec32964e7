#include "sample/RegisterGenerator.h"

#include "applications/ApplicationService.h"
#include "services/IntegrityService.h"
#include "services/ProductionService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QSet>

using namespace cinereg;
using namespace cinereg::test;

TEST(RegisterGenerator, TheDemonstrationHasDossiersAndProductionsAndPassesCheck)
{
    TempRegister t(QDate(2026, 11, 20));
    GeneratorOptions options;
    options.companies = 40;
    generateRegister(t.reg(), options);

    EXPECT_FALSE(t.reg().productions().list({}).isEmpty());
    const QVector<Application> dossiers = ApplicationService(t.reg()).list({});
    QSet<int> stages;
    for (const Application& a : dossiers)
        stages.insert(int(a.status));
    EXPECT_TRUE(stages.contains(int(ApplicationStatus::Open)));
    EXPECT_TRUE(stages.contains(int(ApplicationStatus::Granted)));
    EXPECT_TRUE(stages.contains(int(ApplicationStatus::Refused)));
    ApplicationQuery overdue;
    overdue.overdueOnly = true;
    EXPECT_FALSE(ApplicationService(t.reg()).list(overdue).isEmpty());

    const QStringList findings = t.reg().integrity().findings();
    EXPECT_TRUE(findings.isEmpty()) << findings.join(QLatin1Char('\n')).toStdString();
}
