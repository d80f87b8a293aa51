#include "sim/simfleet.h"

#include "sim/simrandom.h"

#include <QSet>

#include <array>
#include <numbers>
#include <vector>

namespace Fleetdeck::Sim {

namespace {

// Names are built combinatorially so that 10,000 tenants need no list of 10,000 names.
constexpr std::array kPlaces = {"Oakwood", "Riverside", "Summit", "Harbor View", "Maple", "Cedar Creek", "Blue Ridge",
    "Golden Gate", "Evergreen", "Sunrise", "Lakeside", "Pinecrest", "Northstar", "Redwood", "Willow", "Stonebridge",
    "Silver Oak", "Meadowbrook", "Brookside", "Highland", "Bayside", "Parkside", "Hillcrest", "Fairview", "Westwood",
    "Crestview", "Granite", "Ironwood", "Clearwater", "Magnolia"};
constexpr std::array kKinds = {"Dental", "Realty", "Bakery", "Fitness", "Auto Repair", "Landscaping", "Roofing",
    "Chiropractic", "Law Group", "Yoga Studio", "Pet Grooming", "Salon", "Coffee Roasters", "Veterinary Clinic",
    "Insurance", "Accounting", "Photography", "Florist", "Brewing Co", "Family Medicine", "Daycare", "Barbershop",
    "Dry Cleaners", "Tire & Auto", "Martial Arts", "Pilates", "Orthodontics", "Optometry", "Catering", "Moving Co"};
constexpr std::array kFirstNames = {"Joe", "Mike", "Dave", "Sam", "Tony", "Maria", "Linda", "Carlos", "Rosa", "Frank",
    "Nina", "Steve", "Paula", "Gus", "Hank", "Ruth", "Eddie", "Lucy", "Omar", "Priya", "Kevin", "Jenny", "Marco",
    "Tina", "Bob", "Ana", "Luis", "Kim", "Ray", "Dana"};
constexpr std::array kTrades = {"Plumbing", "HVAC", "Electric", "Pizza", "Diner", "Tacos", "Auto Body", "Painting",
    "Locksmith", "Handyman", "Pool Service", "Pest Control", "Carpet Care", "Bagels", "Garage Doors", "Towing",
    "Window Cleaning", "Tree Service", "Deli", "Flooring"};
constexpr std::array kSignatureNames = {"Bright Smile Dental", "Happy Paws Grooming", "Green Thumb Landscaping",
    "Sparkle Clean Co", "Iron Temple Fitness", "Sweet Crumb Bakery", "Little Sprouts Daycare", "Fresh Cut Barbers",
    "Perfect Pour Coffee", "Swift Movers", "Sunny Side Cafe", "Zen Den Yoga", "Top Notch Roofing", "Clear View Windows",
    "Smart Move Realty", "Peak Performance Physio"};
constexpr std::array kContactBoxes = {"owner", "office", "hello", "info", "admin", "billing"};

struct NamedTenant
{
    const char* name;
    const char* plan;
};
constexpr std::array kNamedTenants = {
    NamedTenant{"Pizza Co", "growth"}, NamedTenant{"Joe's Plumbing", "starter"}, NamedTenant{"Mike's HVAC", "pro"}};

constexpr qint64 kCreatedEpoch = 1672531200; // 2023-01-01T00:00:00Z

// Candidate name number `i` of all combinations (places x kinds, first names x trades, signatures).
QString combinationName(int i)
{
    const int placeCombos = int(kPlaces.size() * kKinds.size());
    const int tradeCombos = int(kFirstNames.size() * kTrades.size());
    if (i < placeCombos)
        return QLatin1String(kPlaces[std::size_t(i) / kKinds.size()]) + QLatin1Char(' ')
            + QLatin1String(kKinds[std::size_t(i) % kKinds.size()]);
    i -= placeCombos;
    if (i < tradeCombos)
        return QLatin1String(kFirstNames[std::size_t(i) / kTrades.size()]) + QLatin1String("'s ")
            + QLatin1String(kTrades[std::size_t(i) % kTrades.size()]);
    i -= tradeCombos;
    return QLatin1String(kSignatureNames[std::size_t(i)]);
}

int combinationCount()
{
    return int(kPlaces.size() * kKinds.size() + kFirstNames.size() * kTrades.size() + kSignatureNames.size());
}

QString planFor(SimRandom& random)
{
    const quint64 roll = random.below(100);
    if (roll < 35)
        return QStringLiteral("starter");
    if (roll < 70)
        return QStringLiteral("growth");
    if (roll < 90)
        return QStringLiteral("pro");
    return QStringLiteral("agency");
}

QString stripeId(SimRandom& random)
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = QStringLiteral("cus_");
    for (int i = 0; i < 14; ++i)
        id += QLatin1Char(kAlphabet[random.below(sizeof(kAlphabet) - 1)]);
    return id;
}

void seedDrift(SimTenant& tenant, SimRandom& random)
{
    tenant.normalBaseMs = random.uniform(60, 190);
    tenant.degradedBaseMs = random.uniform(1400, 1700);
    tenant.amplitudeMs[0] = random.uniform(10, 40);
    tenant.amplitudeMs[1] = random.uniform(3, 15);
    tenant.periodSeconds[0] = random.uniform(300, 1800);
    tenant.periodSeconds[1] = random.uniform(30, 180);
    tenant.phase[0] = random.uniform(0, 2 * std::numbers::pi);
    tenant.phase[1] = random.uniform(0, 2 * std::numbers::pi);
}

// Takes `count` distinct entries from the back of `pool` (already shuffled).
std::vector<int> takeFrom(std::vector<int>& pool, int count)
{
    std::vector<int> taken;
    while (count-- > 0 && !pool.empty()) {
        taken.push_back(pool.back());
        pool.pop_back();
    }
    return taken;
}

template <typename T> void shuffle(std::vector<T>& values, SimRandom& random)
{
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[std::size_t(random.below(i))]);
}

} // namespace

QList<Plan> SimFleet::plans()
{
    auto plan = [](const char* code, const char* name, qint64 amountMinor) {
        Plan p;
        p.code = QLatin1String(code);
        p.name = QLatin1String(name);
        p.amountMinor = amountMinor;
        return p;
    };
    return {plan("starter", "Starter", 4900), plan("growth", "Growth", 14900), plan("pro", "Pro", 39900),
        plan("agency", "Agency", 99900)};
}

QString SimFleet::hostName(int hostIndex)
{
    return QStringLiteral("srv-%1").arg(hostIndex + 1);
}

QString SimFleet::slugFor(const QString& name)
{
    QString slug;
    slug.reserve(name.size());
    bool dash = false;
    for (QChar c : name) {
        if (c == QLatin1Char('\'')) // "Joe's" -> "joes"
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            dash = false;
            slug += c.toLower();
        } else {
            dash = true;
        }
    }
    return slug;
}

SimFleet SimFleet::generate(int tenantCount, quint64 seed, int hostCount)
{
    SimFleet fleet;
    fleet.m_seed = seed;
    fleet.m_hostCount = std::max(1, hostCount);
    tenantCount = std::max(0, tenantCount);
    fleet.m_tenants.reserve(tenantCount);
    fleet.m_indexBySlug.reserve(tenantCount);

    // The generated names come from one seeded permutation of all combinations; past its end a
    // numeric suffix keeps them unique ("Oakwood Realty 2").
    SimRandom nameRandom(SimRandom::mix(seed, 0x6e616d6573ULL));
    std::vector<int> order(static_cast<std::size_t>(combinationCount()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    shuffle(order, nameRandom);

    QSet<QString> usedNames;
    QSet<QString> usedCustomers;
    std::size_t nextCombination = 0;
    int round = 1;
    for (int i = 0; i < tenantCount; ++i) {
        SimRandom random(SimRandom::mix(seed, quint64(i) + 1));
        SimTenant tenant;
        tenant.index = i;
        if (std::size_t(i) < kNamedTenants.size()) {
            tenant.name = QLatin1String(kNamedTenants[std::size_t(i)].name);
            tenant.plan = QLatin1String(kNamedTenants[std::size_t(i)].plan);
            random.next();
        } else {
            do {
                if (nextCombination == order.size()) {
                    nextCombination = 0;
                    ++round;
                }
                tenant.name = combinationName(order[nextCombination++]);
                if (round > 1)
                    tenant.name += QLatin1Char(' ') + QString::number(round);
            } while (usedNames.contains(tenant.name) || fleet.m_indexBySlug.contains(slugFor(tenant.name)));
            tenant.plan = planFor(random);
        }
        usedNames.insert(tenant.name);
        tenant.slug = slugFor(tenant.name);

        QString mailDomain = tenant.slug;
        mailDomain.remove(QLatin1Char('-'));
        const char* box =
            std::size_t(i) < kNamedTenants.size() ? "owner" : kContactBoxes[random.below(kContactBoxes.size())];
        tenant.contact = QLatin1String(box) + QLatin1Char('@') + mailDomain + QLatin1String(".example");
        tenant.hostIndex = i % fleet.m_hostCount;
        tenant.hostName = hostName(tenant.hostIndex);
        tenant.evolutionInstance = tenant.slug;
        tenant.n8nTag = tenant.slug;
        do {
            tenant.stripeCustomer = stripeId(random);
        } while (usedCustomers.contains(tenant.stripeCustomer));
        usedCustomers.insert(tenant.stripeCustomer);
        tenant.createdSecs = kCreatedEpoch + qint64(random.below(900)) * 86400 + qint64(random.below(86400));
        seedDrift(tenant, random);
        tenant.okBody =
            QByteArrayLiteral("{\"status\":\"ok\",\"tenant\":\"") + tenant.slug.toUtf8() + QByteArrayLiteral("\"}");

        fleet.m_indexBySlug.insert(tenant.slug, i);
        fleet.m_tenants.append(std::move(tenant));
    }

    // Statuses and health behaviour: picked among the generated tenants, never the three named ones.
    SimRandom pick(SimRandom::mix(seed, 0x7069636bULL));
    const int named = std::min(tenantCount, int(kNamedTenants.size()));
    std::vector<int> pool;
    for (int i = named; i < tenantCount; ++i)
        pool.push_back(i);
    shuffle(pool, pick);

    const int others = tenantCount - named;
    const int suspended = others <= 0 ? 0 : std::max(1, int(std::lround(tenantCount * 0.05)));
    const int churned = others <= 1 ? 0 : std::max(1, int(std::lround(tenantCount * 0.025)));
    for (int i : takeFrom(pool, suspended)) {
        fleet.m_tenants[i].status = TenantStatus::Suspended;
        fleet.m_tenants[i].notes = QStringLiteral("Suspended: card declined");
    }
    for (int i : takeFrom(pool, churned)) {
        fleet.m_tenants[i].status = TenantStatus::Churned;
        fleet.m_tenants[i].notes = QStringLiteral("Cancelled");
    }
    // What is left in the pool is active.
    for (int i : takeFrom(pool, 1))
        fleet.m_tenants[i].mode = HealthMode::Down;
    int slot = 0;
    for (int i : takeFrom(pool, kTlsSlotCount))
        fleet.m_tenants[i].tlsSlot = slot++;
    for (int i : takeFrom(pool, std::max(1, int(std::lround(tenantCount * 0.09)))))
        fleet.m_tenants[i].mode = HealthMode::Degraded;
    return fleet;
}

int SimFleet::indexOf(const QString& slug) const
{
    return m_indexBySlug.value(slug, -1);
}

const SimTenant* SimFleet::find(const QString& slug) const
{
    const int index = indexOf(slug);
    return index < 0 ? nullptr : &m_tenants[index];
}

QStringList SimFleet::slugsWithMode(HealthMode mode) const
{
    QStringList slugs;
    for (const SimTenant& tenant : m_tenants) {
        if (tenant.mode == mode)
            slugs << tenant.slug;
    }
    return slugs;
}

QStringList SimFleet::tlsSlugs() const
{
    QStringList slugs(kTlsSlotCount);
    for (const SimTenant& tenant : m_tenants) {
        if (tenant.tlsSlot >= 0)
            slugs[tenant.tlsSlot] = tenant.slug;
    }
    while (!slugs.isEmpty() && slugs.constLast().isEmpty())
        slugs.removeLast();
    return slugs;
}

} // namespace Fleetdeck::Sim
