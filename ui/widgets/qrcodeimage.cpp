#include "ui/widgets/qrcodeimage.h"

#include <qrencode.h>

#include <memory>

namespace Fleetdeck {

namespace {

constexpr int kQuietZone = 4;

struct QrDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPointer = std::unique_ptr<QRcode, QrDeleter>;

QrPointer encode(const QString& text)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    return QrPointer(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_L));
}

bool dark(const QRcode* code, int x, int y)
{
    if (x < 0 || y < 0 || x >= code->width || y >= code->width)
        return false;
    return (code->data[y * code->width + x] & 1) != 0;
}

} // namespace

QImage QrCodeImage::render(const QString& text, int pixelsPerModule)
{
    const QrPointer code = encode(text);
    if (!code)
        return {};
    const int scale = std::max(1, pixelsPerModule);
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!dark(code.get(), x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar* line = image.scanLine((y + kQuietZone) * scale + dy);
                std::fill_n(line + (x + kQuietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

QString QrCodeImage::toText(const QString& text)
{
    const QrPointer code = encode(text);
    if (!code)
        return {};
    // Light modules are drawn (full, upper or lower half blocks), dark ones are left as the terminal's background:
    // on the usual dark terminal the code reads as dark on light, which is what phones expect.
    QString out;
    const int from = -kQuietZone;
    const int to = code->width + kQuietZone;
    for (int y = from; y < to; y += 2) {
        for (int x = from; x < to; ++x) {
            const bool topLight = !dark(code.get(), x, y);
            const bool bottomLight = y + 1 < to && !dark(code.get(), x, y + 1);
            if (topLight && bottomLight)
                out += QChar(0x2588); // █
            else if (topLight)
                out += QChar(0x2580); // ▀
            else if (bottomLight)
                out += QChar(0x2584); // ▄
            else
                out += QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Fleetdeck
