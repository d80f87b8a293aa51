#include "app/cli.h"
#include "core/profile/profilestore.h"

#include <QCoreApplication>

namespace Fleetdeck::Cli {

namespace {
} // namespace

int runProfiles(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    ProfileStore store;
    if (sub == QLatin1String("list")) {
        const QString active = store.activeName();
        const QStringList names = store.names();
        if (names.isEmpty())
            out() << QCoreApplication::translate(
                "ProfilesCommand", "No saved profiles. Import one with \"fleetdeck profiles import FILE\".")
                  << '\n';
        for (const QString& name : names)
            out() << (name == active ? QStringLiteral("* ") : QStringLiteral("  ")) << name << '\n';
        out().flush();
        return kExitOk;
    }
    if (sub == QLatin1String("import") && rest.size() == 1) {
        auto profile = ConnectionProfile::fromFile(rest.first());
        if (!profile) {
            err() << profile.error() << Qt::endl;
            return kExitFailure;
        }
        store.save(profile.value());
        if (store.activeName().isEmpty())
            store.setActiveName(profile->name);
        out() << QCoreApplication::translate(
            "ProfilesCommand", "Saved profile \"%1\". Store its secrets with \"fleetdeck secret set NAME\".")
                     .arg(profile->name)
              << Qt::endl;
        return kExitOk;
    }
    if ((sub == QLatin1String("show") || sub == QLatin1String("use") || sub == QLatin1String("remove"))
        && rest.size() == 1) {
        const QString name = rest.first();
        const auto profile = store.load(name);
        if (!profile) {
            err() << QCoreApplication::translate("ProfilesCommand", "There is no profile named \"%1\".").arg(name)
                  << Qt::endl;
            return kExitFailure;
        }
        if (sub == QLatin1String("show"))
            out() << QString::fromUtf8(profile->toJson()) << '\n';
        else if (sub == QLatin1String("use")) {
            store.setActiveName(name);
            out() << QCoreApplication::translate("ProfilesCommand", "\"%1\" is now the active profile.").arg(name)
                  << '\n';
        } else {
            store.remove(name);
            out() << QCoreApplication::translate(
                "ProfilesCommand", "Removed profile \"%1\" (its secrets stay in the keychain).")
                         .arg(name)
                  << '\n';
        }
        out().flush();
        return kExitOk;
    }
    err() << QCoreApplication::translate(
        "ProfilesCommand", "Usage: fleetdeck profiles list | import FILE | show NAME | use NAME | remove NAME")
          << Qt::endl;
    return kExitUsage;
}

} // namespace Fleetdeck::Cli
