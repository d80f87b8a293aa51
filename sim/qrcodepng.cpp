#include "sim/qrcodepng.h"

#include <QBuffer>
#include <QImage>
#include <qrencode.h>

#include <cstring>
#include <memory>

namespace Fleetdeck::Sim {

QByteArray QrCodePng::render(const QByteArray& text, int moduleSize, int quietZone)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || moduleSize < 1 || quietZone < 0)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(0xff);
    for (int row = 0; row < modules; ++row) {
        const unsigned char* line = code->data + std::size_t(row) * std::size_t(modules);
        for (int pixelRow = 0; pixelRow < moduleSize; ++pixelRow) {
            uchar* out = image.scanLine((quietZone + row) * moduleSize + pixelRow) + quietZone * moduleSize;
            for (int column = 0; column < modules; ++column) {
                if (line[column] & 1) // bit 0: dark module
                    std::memset(out + column * moduleSize, 0, std::size_t(moduleSize));
            }
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

QByteArray QrCodePng::dataUri(const QByteArray& text)
{
    const QByteArray png = render(text);
    if (png.isEmpty())
        return {};
    return QByteArrayLiteral("data:image/png;base64,") + png.toBase64();
}

} // namespace Fleetdeck::Sim
