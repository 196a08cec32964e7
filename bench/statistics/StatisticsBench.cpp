// The register's figures (StatisticsService::figures, what `stats`, the Statistics tab and its
// report compute) at 1k, 10k and 100k companies, and the reading alone (StatisticsStore's
// sequential passes over rights, decisions and productions).
//
// Registers are generated once into $CINEREG_BENCH_DIR (default: ./bench-data), the same files
// as bench_search.
#include "BenchRegisters.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"
#include "statistics/StatisticsService.h"
#include "store/StatisticsStore.h"
#include "store/StoreAccess.h"

#include <benchmark/benchmark.h>
#include <map>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace cinereg;

namespace {
using bench::registerOf;
using bench::Today;

void figures(benchmark::State& state)
{
    const Register& reg = registerOf(int(state.range(0)));
    int inForce = 0;
    for (auto _ : state) {
        const Outcome<RegisterFigures> f = StatisticsService(reg).figures({Today, {}, {}});
        inForce = f.value().inForce.authorization;
        benchmark::DoNotOptimize(inForce);
    }
    state.counters["authorizations_in_force"] = inForce;
}

// The reading of the yearly series alone: the decisions' types and days, the authorizations'
// first days and the productions, in a few sequential passes.
void scans(benchmark::State& state)
{
    const Register& reg = registerOf(int(state.range(0)));
    const StatisticsStore store(StoreAccess::of(reg));
    qsizetype decisions = 0;
    for (auto _ : state) {
        const RightsScan scan = store.scanRights(Today);
        decisions = scan.decisionsRead;
        benchmark::DoNotOptimize(store.scanProductions(Today));
    }
    state.counters["decisions_read"] = double(decisions);
}
} // namespace

BENCHMARK(figures)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(scans)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench::closeRegisters();
    return 0;
}
