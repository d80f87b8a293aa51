#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace Fleetdeck::Sim {

// A series' label set, sorted by name like Prometheus keeps it. An empty value is no label at all.
class SimLabels
{
public:
    using Pair = std::pair<QString, QString>;

    SimLabels() = default;
    SimLabels(std::initializer_list<Pair> pairs)
    {
        m_pairs.reserve(pairs.size());
        for (const Pair& pair : pairs)
            set(pair.first, pair.second);
    }

    void set(const QString& name, const QString& value)
    {
        auto it = lowerBound(name);
        if (it != m_pairs.end() && it->first == name) {
            if (value.isEmpty())
                m_pairs.erase(it);
            else
                it->second = value;
        } else if (!value.isEmpty()) {
            m_pairs.insert(it, Pair{name, value});
        }
    }
    void remove(const QString& name) { set(name, QString()); }
    [[nodiscard]] QString value(const QString& name) const
    {
        const auto it = lowerBound(name);
        return it != m_pairs.end() && it->first == name ? it->second : QString();
    }
    [[nodiscard]] bool has(const QString& name) const { return !value(name).isEmpty(); }
    void keepOnly(const QStringList& names)
    {
        std::erase_if(m_pairs, [&names](const Pair& pair) { return !names.contains(pair.first); });
    }
    void removeAll(const QStringList& names)
    {
        std::erase_if(m_pairs, [&names](const Pair& pair) { return names.contains(pair.first); });
    }
    [[nodiscard]] const std::vector<Pair>& pairs() const { return m_pairs; }
    [[nodiscard]] bool isEmpty() const { return m_pairs.empty(); }

    // A key for joins and deduplication.
    [[nodiscard]] QString key() const
    {
        QString out;
        for (const Pair& pair : m_pairs) {
            out += pair.first;
            out += QChar(0x1f);
            out += pair.second;
            out += QChar(0x1e);
        }
        return out;
    }

    friend bool operator==(const SimLabels& a, const SimLabels& b) { return a.m_pairs == b.m_pairs; }
    friend bool operator<(const SimLabels& a, const SimLabels& b) { return a.m_pairs < b.m_pairs; }

private:
    [[nodiscard]] std::vector<Pair>::iterator lowerBound(const QString& name)
    {
        return std::lower_bound(m_pairs.begin(), m_pairs.end(), name,
            [](const Pair& pair, const QString& key) { return pair.first < key; });
    }
    [[nodiscard]] std::vector<Pair>::const_iterator lowerBound(const QString& name) const
    {
        return std::lower_bound(m_pairs.begin(), m_pairs.end(), name,
            [](const Pair& pair, const QString& key) { return pair.first < key; });
    }

    std::vector<Pair> m_pairs;
};

} // namespace Fleetdeck::Sim
