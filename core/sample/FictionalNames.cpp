#include "FictionalNames.h"

#include "../TextNormalizer.h"

#include <QStringList>

namespace cinereg::FictionalNames {

namespace {
struct Pair
{
    const char* latin;
    const char* arabic;
};

// Place names and words of the Moroccan landscape: the companies are fictional.
const Pair Stems[] = {
    {"Atlas", "أطلس"},        {"Sahara", "الصحراء"},
    {"Kasbah", "القصبة"},     {"Argane", "أركان"},
    {"Oasis", "الواحة"},      {"Médina", "المدينة"},
    {"Andalous", "الأندلس"},  {"Rif", "الريف"},
    {"Toubkal", "توبقال"},    {"Drâa", "درعة"},
    {"Souss", "سوس"},         {"Tafilalet", "تافيلالت"},
    {"Zagora", "زاكورة"},     {"Majorelle", "ماجوريل"},
    {"Mogador", "موكادور"},   {"Lixus", "ليكسوس"},
    {"Volubilis", "وليلي"},   {"Chellah", "شالة"},
    {"Anfa", "أنفا"},         {"Bouregreg", "أبي رقراق"},
    {"Menara", "المنارة"},    {"Nakhla", "النخلة"},
    {"Noujoum", "النجوم"},    {"Ifrane", "إفران"},
    {"Dadès", "دادس"},        {"Ziz", "زيز"},
    {"Sebou", "سبو"},         {"Moulouya", "ملوية"},
    {"Ourika", "أوريكا"},     {"Agafay", "أكفاي"},
    {"Tingis", "طنجيس"},      {"Amazigh", "أمازيغ"},
    {"Essaouira", "الصويرة"},
};
const Pair Kinds[] = {
    {"Films", "فيلم"},       {"Productions", "للإنتاج"},
    {"Studios", "ستوديو"},   {"Cinéma", "سينما"},
    {"Image", "للصورة"},     {"Média", "ميديا"},
    {"Pictures", "بيكتشرز"}, {"Audiovisuel", "للسمعي البصري"},
    {"Vision", "فيجن"},
};
const Pair Cities[] = {
    {"Casablanca", "الدار البيضاء"},
    {"Rabat", "الرباط"},
    {"Marrakech", "مراكش"},
    {"Ouarzazate", "ورزازات"},
    {"Tanger", "طنجة"},
    {"Fès", "فاس"},
    {"Agadir", "أكادير"},
    {"Casablanca", "الدار البيضاء"},
};
const char* const Streets[] = {"boulevard Zerktouni",  "avenue Mohammed V", "rue Ibn Battouta",
                               "avenue Hassan II",     "boulevard d'Anfa",  "rue Tarik Ibn Ziad",
                               "avenue Moulay Rachid", "rue Oued Ziz"};
const char* const FirstNames[] = {"Nadia",  "Karim", "Salma", "Youssef", "Leila",  "Omar",  "Imane",
                                  "Hicham", "Zineb", "Mehdi", "Ghita",   "Rachid", "Sanaa", "Adil"};
const char* const LastNames[] = {"Bennani",    "Alaoui",  "El Idrissi", "Tazi",
                                 "Berrada",    "Chraibi", "Fassi",      "Amrani",
                                 "Benjelloun", "Lahlou",  "Sqalli",     "Ouazzani"};
const char* const Forms[] = {"SARL", "SARL", "SARL", "SA", "SARL AU", "SARL AU", "SA", "SAS"};

template <typename T, std::size_t N> const T& pick(const T (&array)[N], QRandomGenerator& rng)
{
    return array[rng.bounded(quint32(N))];
}

QString iceFor(int n)
{
    const qint64 body = (100000000LL + n) * 10000LL; // head office: establishment 0000
    const qint64 key = (97 - (body * 100) % 97) % 97;
    return QStringLiteral("%1%2")
        .arg(body, 13, 10, QLatin1Char('0'))
        .arg(key, 2, 10, QLatin1Char('0'));
}
} // namespace

Company company(int n, QRandomGenerator& rng)
{
    constexpr int stems = int(sizeof(Stems) / sizeof(Stems[0]));
    constexpr int kinds = int(sizeof(Kinds) / sizeof(Kinds[0]));
    const Pair& stem = Stems[(n - 1) % stems];
    const Pair& kind = Kinds[((n - 1) / stems) % kinds];
    const Pair& city = pick(Cities, rng);
    const int round = (n - 1) / (stems * kinds);

    Company c;
    c.name =
        QStringLiteral("%1 %2").arg(QString::fromUtf8(stem.latin), QString::fromUtf8(kind.latin));
    c.nameAr =
        QStringLiteral("%1 %2").arg(QString::fromUtf8(stem.arabic), QString::fromUtf8(kind.arabic));
    if (round > 0) {
        c.name += QStringLiteral(" %1 %2").arg(QString::fromUtf8(city.latin)).arg(round);
        c.nameAr += QStringLiteral(" %1 %2").arg(QString::fromUtf8(city.arabic)).arg(round);
    }
    c.legalForm = QString::fromLatin1(pick(Forms, rng));
    c.rcNumber = QString::number(100000 + n);
    c.rcCourt = QString::fromUtf8(city.latin);
    c.ice = iceFor(n);
    c.taxId = QString::number(10000000 + n);
    c.cnss = QString::number(1000000 + n % 8999999);
    const quint32 capitalStep = rng.bounded(20u);
    c.capital = qint64(100000) + qint64(capitalStep) * 50000; // 100,000 to 1,050,000 MAD
    c.address = QStringLiteral("%1, %2")
                    .arg(rng.bounded(1, 300))
                    .arg(QString::fromLatin1(pick(Streets, rng)));
    c.city = QString::fromUtf8(city.latin);
    c.manager = QStringLiteral("%1 %2").arg(QString::fromLatin1(pick(FirstNames, rng)),
                                            QString::fromLatin1(pick(LastNames, rng)));
    c.managerId = QStringLiteral("%1%2")
                      .arg(QString::fromLatin1(rng.bounded(2) ? "BE" : "BK"))
                      .arg(100000 + rng.bounded(900000));
    QString slug = TextNormalizer::fold(c.name);
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    c.email = QStringLiteral("contact@%1.ma").arg(slug);
    c.phone = QStringLiteral("+212 5 22 %1 %2").arg(rng.bounded(10, 99)).arg(rng.bounded(10, 99));
    if (rng.bounded(100) < 60)
        c.memberships.append({QStringLiteral("CNPF"),
                              QDate(2012 + int(rng.bounded(12u)), 1 + int(rng.bounded(12u)), 1)});
    if (rng.bounded(100) < 25)
        c.memberships.append({QStringLiteral("CMPF"), QDate()});
    return c;
}

QString productionTitle(QRandomGenerator& rng)
{
    static const char* const Openings[] = {"Les Sables de",
                                           "Nuit à",
                                           "Le Vent de",
                                           "Retour à",
                                           "Les Enfants de",
                                           "Lumière sur",
                                           "Le Dernier Train pour",
                                           "Un Été à"};
    static const char* const Places[] = {"Zagora",    "Tanger",     "Merzouga", "Chefchaouen",
                                         "Essaouira", "Ouarzazate", "Fès",      "Imlil"};
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(Openings, rng)),
                                       QString::fromUtf8(pick(Places, rng)));
}

std::pair<QString, QString> foreignProducer(QRandomGenerator& rng)
{
    static const Pair Producers[] = {{"Studio Lumière", "FR"},       {"Northlight Pictures", "GB"},
                                     {"Cinecittà Produzioni", "IT"}, {"Sol y Sombra Films", "ES"},
                                     {"Hudson River Films", "US"},   {"Berliner Bild", "DE"},
                                     {"Nordic Frame", "SE"}};
    const Pair& p = pick(Producers, rng);
    return {QString::fromUtf8(p.latin), QString::fromUtf8(p.arabic)};
}

QString suspensionReason(QRandomGenerator& rng)
{
    static const char* const Reasons[] = {"Attestation CNSS non renouvelée",
                                          "Attestation de régularité fiscale expirée",
                                          "Changement de gérant non déclaré"};
    return QString::fromUtf8(pick(Reasons, rng));
}

QString refusalReason(int n)
{
    static const char* const Reasons[] = {
        "L'objet social des statuts ne comprend pas la production cinématographique",
        "Le capital déclaré n'est pas entièrement libéré"};
    return QString::fromUtf8(Reasons[n % 2]);
}

QString revocationReason(QRandomGenerator& rng)
{
    static const char* const Reasons[] = {"Fausse déclaration dans le dossier",
                                          "Cessation d'activité déclarée"};
    return QString::fromUtf8(pick(Reasons, rng));
}

} // namespace cinereg::FictionalNames
