#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace Fleetdeck {
struct SessionOptions;
}

namespace Fleetdeck::Cli {

// Exit codes shared by every command (status uses the monitoring-plugin codes 0–3 instead).
constexpr int kExitOk = 0;
constexpr int kExitUsage = 64; // bad command line
constexpr int kExitFailure = 1;

QTextStream& out();
QTextStream& err();
// ANSI colour on a terminal, unless NO_COLOR is set.
bool useColour();

// --demo, --profile NAME, --profile-file FILE
void addProfileOptions(QCommandLineParser& parser);
SessionOptions sessionOptions(const QCommandLineParser& parser);
// Parses `args` (args[0] = "fleetdeck <command>"); prints the error and returns false on bad usage.
bool parse(QCommandLineParser& parser, const QStringList& args);

int runStatus(const QStringList& args);
int runAlerts(const QStringList& args);
int runAck(const QStringList& args);
int runTenants(const QStringList& args);
int runProfiles(const QStringList& args);
int runSecret(const QStringList& args);
int runRevenue(const QStringList& args);
int runWhatsApp(const QStringList& args); // args[0] = "whatsapp"
void printUsage();

} // namespace Fleetdeck::Cli
