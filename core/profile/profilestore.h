#pragma once

#include "core/profile/connectionprofile.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace Fleetdeck {

// Profiles saved in QSettings under "profiles/<name>/...". Never holds a secret value.
class ProfileStore
{
public:
    ProfileStore(); // the application's QSettings
    explicit ProfileStore(std::unique_ptr<QSettings> settings);
    ~ProfileStore();

    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<ConnectionProfile> load(const QString& name) const;
    void save(const ConnectionProfile& profile);
    bool remove(const QString& name);

    [[nodiscard]] QString activeName() const; // empty when none chosen
    void setActiveName(const QString& name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Fleetdeck
