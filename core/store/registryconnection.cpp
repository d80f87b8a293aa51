#include "core/store/registryconnection.h"

#include <QDir>
#include <QUrl>

namespace Fleetdeck {

QString RegistryConnection::displayName() const
{
    if (!isPostgres())
        return QStringLiteral("sqlite:") + QDir::toNativeSeparators(path);
    // Built by hand, not through QUrl::toString(), so a password can never slip in.
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QString name = QStringLiteral("postgres://");
    if (!user.isEmpty())
        name += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    name += hostPart + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    return name;
}

} // namespace Fleetdeck
