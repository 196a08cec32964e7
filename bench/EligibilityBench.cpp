// "Who may execute?" and the tier lists at 1k, 10k and 100k companies: from the indexed standing
// periods (what the window and the CLI now run) next to the rule-by-rule answer over every
// history (what they ran before), on the same file.
//
// Registers are generated once into $CINEREG_BENCH_DIR (default: ./bench-data), shared with
// bench_search.
#include "BenchRegisters.h"
#include "Clock.h"
#include "Effectiveness.h"
#include "EffectivenessRules.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "store/RightStore.h"
#include "store/StandingStore.h"
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

// A national shoot of two weeks starting next week: the production dialog's question.
const QDate From = Today.addDays(7);
const QDate To = Today.addDays(20);

void BM_EligibleIndexed(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    qsizetype found = 0;
    for (auto _ : state)
        found = reg.productions().eligibility(ProductionKind::National, From, To).size();
    state.counters["eligible"] = double(found);
}

// The index's part alone: the ids of the companies effective every day of the period, without
// loading their names and accreditation numbers.
void BM_EligibleIdsOnly(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    qsizetype found = 0;
    for (auto _ : state)
        found = StandingStore(StoreAccess::of(reg))
                    .companiesWith(RightKind::National, RightStatus::Active, From, To)
                    .size();
    state.counters["eligible"] = double(found);
}

void BM_EligibleRuleByRule(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    qsizetype found = 0;
    for (auto _ : state) {
        RightStore rights(StoreAccess::of(reg));
        const auto held = rights.ofCompanies(rights.companiesHolding(RightKind::National, To));
        found = 0;
        for (auto it = held.begin(); it != held.end(); ++it)
            if (!EffectivenessRules::firstUncoveredDay(it.value().ofTier(RightKind::National),
                                                       it.value().authorizations, From, To)
                     .isValid())
                ++found;
    }
    state.counters["eligible"] = double(found);
}

void BM_TierList(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    CompanyListQuery q;
    q.tier = RightKind::National;
    q.on = Today;
    qsizetype found = 0;
    for (auto _ : state)
        found = reg.companies().list(q).size();
    state.counters["listed"] = double(found);
}

void BM_TierListPage(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    CompanyListQuery q;
    q.tier = RightKind::International;
    q.on = Today;
    q.filter.limit = 100;
    for (auto _ : state)
        benchmark::DoNotOptimize(reg.companies().list(q));
}

void sizes(benchmark::internal::Benchmark* b)
{
    for (int n : {1000, 10000, 100000})
        b->Arg(n);
    b->Unit(benchmark::kMillisecond);
}
} // namespace

BENCHMARK(BM_EligibleIndexed)->Apply(sizes);
BENCHMARK(BM_EligibleIdsOnly)->Apply(sizes);
BENCHMARK(BM_EligibleRuleByRule)->Apply(sizes);
BENCHMARK(BM_TierList)->Apply(sizes);
BENCHMARK(BM_TierListPage)->Apply(sizes);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench::closeRegisters();
    return 0;
}
