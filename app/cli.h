#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Fleetdeck {
struct SessionOptions;
class Session;
} // namespace Fleetdeck

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

// Waits for the local cache, then (unless `withClients` is false) opens the registry and loads the clients — from the
// cache when the registry is out of reach; notices and failures go to stderr and `then` runs anyway.
void openSession(Session& session, bool withClients, std::function<void()> then);

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
