#pragma once

#include <QByteArray>

namespace Fleetdeck::Sim {

// A QR code as a PNG, the way Evolution's `base64` carries it: black modules on white, `moduleSize` pixels
// per module and a quiet zone of `quietZone` modules (libqrencode, error correction M, 8-bit mode).
class QrCodePng
{
public:
    // Empty when the text does not fit in a QR code.
    static QByteArray render(const QByteArray& text, int moduleSize = 4, int quietZone = 4);
    // "data:image/png;base64,..." of render(text); empty on failure.
    static QByteArray dataUri(const QByteArray& text);
};

} // namespace Fleetdeck::Sim
