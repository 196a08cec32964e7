#include "BenchRegisters.h"

#include "sample/RegisterGenerator.h"

#include <map>
#include <memory>
#include <QDir>
#include <QFileInfo>

namespace cinereg::bench {

const Clock& benchClock()
{
    static const FixedClock clock(Today);
    return clock;
}

QString registerPath(int companies)
{
    const QString dir = qEnvironmentVariable("CINEREG_BENCH_DIR", QStringLiteral("bench-data"));
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/register-%2.cinereg").arg(dir).arg(companies);
    if (!QFileInfo::exists(path)) {
        Register reg(path, benchClock(), QStringLiteral("bench"));
        GeneratorOptions options;
        options.companies = companies;
        options.today = Today;
        generateRegister(reg, options);
    }
    return path;
}

namespace {
std::map<int, std::unique_ptr<Register>>& openRegisters()
{
    static std::map<int, std::unique_ptr<Register>> registers;
    return registers;
}
} // namespace

Register& registerOf(int companies)
{
    auto& slot = openRegisters()[companies];
    if (!slot)
        slot = std::make_unique<Register>(registerPath(companies), benchClock(),
                                          QStringLiteral("bench"));
    return *slot;
}

void closeRegisters()
{
    openRegisters().clear();
}

} // namespace cinereg::bench
