#include "core/domain/whatsappinstance.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString whatsAppStateName(WhatsAppState state)
{
    switch (state) {
    case WhatsAppState::Open:
        return QStringLiteral("open");
    case WhatsAppState::Connecting:
        return QStringLiteral("connecting");
    case WhatsAppState::Close:
        return QStringLiteral("close");
    case WhatsAppState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<WhatsAppState> whatsAppStateFromName(QStringView name)
{
    if (name == u"open")
        return WhatsAppState::Open;
    if (name == u"connecting")
        return WhatsAppState::Connecting;
    if (name == u"close" || name == u"closed" || name == u"refused")
        return WhatsAppState::Close;
    if (name == u"unknown")
        return WhatsAppState::Unknown;
    return std::nullopt;
}

QString whatsAppStateDisplayName(WhatsAppState state)
{
    switch (state) {
    case WhatsAppState::Open:
        return QCoreApplication::translate("WhatsApp", "Connected");
    case WhatsAppState::Connecting:
        return QCoreApplication::translate("WhatsApp", "Pairing");
    case WhatsAppState::Close:
        return QCoreApplication::translate("WhatsApp", "Disconnected");
    case WhatsAppState::Unknown:
        break;
    }
    return QCoreApplication::translate("WhatsApp", "Unknown");
}

QString whatsAppDisconnectionReason(int code)
{
    switch (code) {
    case 401:
        return QCoreApplication::translate("WhatsApp", "logged out from the phone");
    case 402:
    case 403:
        return QCoreApplication::translate("WhatsApp", "refused by WhatsApp (number banned or restricted?)");
    case 406:
        return QCoreApplication::translate("WhatsApp", "refused by WhatsApp (session not accepted)");
    case 408:
        return QCoreApplication::translate("WhatsApp", "connection lost");
    case 411:
        return QCoreApplication::translate("WhatsApp", "multi-device mismatch");
    case 428:
        return QCoreApplication::translate("WhatsApp", "connection closed");
    case 440:
        return QCoreApplication::translate("WhatsApp", "replaced by another session");
    case 500:
        return QCoreApplication::translate("WhatsApp", "bad session");
    case 503:
        return QCoreApplication::translate("WhatsApp", "WhatsApp unavailable");
    case 515:
        return QCoreApplication::translate("WhatsApp", "restart required");
    default:
        break;
    }
    return QCoreApplication::translate("WhatsApp", "code %1").arg(code);
}

bool isTransientDisconnection(int code)
{
    return code == 408 || code == 428 || code == 440 || code == 500 || code == 503 || code == 515;
}

} // namespace Fleetdeck
