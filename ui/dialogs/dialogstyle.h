#pragma once

#include <QColor>
#include <QString>

class QLabel;

namespace Fleetdeck {

// What the dialogs add to the application's theme: a visible default button, room for the spin box arrows,
// breathing space in section lists, a red frame on invalid fields. Colours come from the palette, so the
// rules follow a live theme change.
class DialogStyle
{
public:
    [[nodiscard]] static QString styleSheet();
    // Text colour for a field's error message, readable on the current theme's background.
    [[nodiscard]] static QColor errorText();
    // A muted, word-wrapped explanation that uses the whole field column.
    [[nodiscard]] static QLabel* hint(const QString& text);
};

} // namespace Fleetdeck
