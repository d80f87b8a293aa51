#include "ui/dialogs/dialogstyle.h"

#include "ui/theme.h"

#include <QLabel>

namespace Fleetdeck {

QString DialogStyle::styleSheet()
{
    return QStringLiteral("QPushButton:default { border: 1px solid palette(link); font-weight: 600; }\n"
                          "QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button, "
                          "QDoubleSpinBox::down-button { subcontrol-origin: border; width: 20px; }\n"
                          "QSpinBox::up-arrow, QSpinBox::down-arrow, QDoubleSpinBox::up-arrow, "
                          "QDoubleSpinBox::down-arrow { width: 7px; height: 7px; }\n"
                          "QComboBox::drop-down { width: 20px; }\n"
                          "QListWidget#sectionList::item { padding: 6px 10px; }\n"
                          "QLineEdit[invalid=\"true\"], QSpinBox[invalid=\"true\"], QDoubleSpinBox[invalid=\"true\"], "
                          "QComboBox[invalid=\"true\"] "
                          "{ border: 1px solid #EF4444; }\n");
}

QColor DialogStyle::errorText()
{
    return Theme::isDark() ? QColor(0xF8, 0x71, 0x71) : QColor(0xB9, 0x1C, 0x1C);
}

QLabel* DialogStyle::hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("muted"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Use the whole field column (a form only widens expanding fields).
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace Fleetdeck
