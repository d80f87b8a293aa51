#pragma once

#include <QStringList>

namespace Fleetdeck::Gui {

// True when `command` is not a command-line verb: the arguments are for the window.
bool isGuiInvocation(const QString& command);
// Runs the window (or, without a display, says so and prints the status instead).
int run(int argc, char** argv);

} // namespace Fleetdeck::Gui
