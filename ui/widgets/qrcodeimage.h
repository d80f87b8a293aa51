#pragma once

#include <QImage>
#include <QString>

namespace Fleetdeck {

// Renders a QR payload (Evolution's `code`) with libqrencode when the server sent no image of its own: black
// modules on white with the four-module quiet zone phones need.
class QrCodeImage
{
public:
    // Null image when the text cannot be encoded (empty, or too long for a QR code).
    static QImage render(const QString& text, int pixelsPerModule = 8);
    // The same code drawn with Unicode half blocks, two rows per line, for a terminal (dark text on light works
    // with the reversed colours used here; empty when it cannot be encoded).
    static QString toText(const QString& text);
};

} // namespace Fleetdeck
