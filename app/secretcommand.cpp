#include "app/cli.h"
#include "core/secrets/keychainsecretstore.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Fleetdeck::Cli {

namespace {

// Reads one line from stdin without echo when it is a terminal.
QByteArray readSecretLine()
{
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) != 0 && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

int runSecret(const QStringList& args)
{
    const QString sub = args.value(1);
    const QString name = args.value(2);
    if (name.isEmpty() || args.size() != 3
        || (sub != QLatin1String("set") && sub != QLatin1String("check") && sub != QLatin1String("delete"))) {
        err() << QCoreApplication::translate("SecretCommand",
            "Usage: fleetdeck secret set|check|delete NAME\n"
            "\"set\" reads the value from standard input (not echoed on a terminal) and stores it in the OS "
            "keychain. The value is never printed.")
              << Qt::endl;
        return kExitUsage;
    }
    KeychainSecretStore keychain;
    int code = kExitFailure;
    if (sub == QLatin1String("set")) {
        if (isatty(STDIN_FILENO) != 0)
            err() << QCoreApplication::translate("SecretCommand", "Value for \"%1\": ").arg(name) << Qt::flush;
        const QByteArray value = readSecretLine();
        if (value.isEmpty()) {
            err() << QCoreApplication::translate("SecretCommand", "Nothing was entered; the keychain was not changed.")
                  << Qt::endl;
            return kExitFailure;
        }
        keychain.writeSecret(name, value, &keychain, [&](std::optional<SecretError> error) {
            if (error)
                err() << error->toDisplayString(name) << Qt::endl;
            else
                out() << QCoreApplication::translate("SecretCommand", "Stored \"%1\" in the keychain.").arg(name)
                      << Qt::endl;
            code = error ? kExitFailure : kExitOk;
            QCoreApplication::exit(code);
        });
    } else if (sub == QLatin1String("check")) {
        keychain.readSecret(name, &keychain, [&](Result<QByteArray, SecretError> value) {
            if (!value)
                err() << value.error().toDisplayString(name) << Qt::endl;
            else {
                const int bytes = int(value->size());
                out() << QCoreApplication::translate(
                    "SecretCommand", "\"%1\" is in the keychain (%n byte(s)).", nullptr, bytes)
                             .arg(name)
                      << Qt::endl;
            }
            code = value ? kExitOk : kExitFailure;
            QCoreApplication::exit(code);
        });
    } else {
        keychain.deleteSecret(name, &keychain, [&](std::optional<SecretError> error) {
            if (error)
                err() << error->toDisplayString(name) << Qt::endl;
            else
                out() << QCoreApplication::translate("SecretCommand", "Deleted \"%1\" from the keychain.").arg(name)
                      << Qt::endl;
            code = error ? kExitFailure : kExitOk;
            QCoreApplication::exit(code);
        });
    }
    QCoreApplication::exec();
    return code;
}

} // namespace Fleetdeck::Cli
