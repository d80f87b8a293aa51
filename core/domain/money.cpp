#include "core/domain/money.h"

#include <QLocale>

#include <cmath>

namespace Fleetdeck {

int currencyDecimals(const QString& currency)
{
    static const QStringList none{QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"),
        QStringLiteral("gnf"), QStringLiteral("isk"), QStringLiteral("jpy"), QStringLiteral("kmf"),
        QStringLiteral("krw"), QStringLiteral("pyg"), QStringLiteral("rwf"), QStringLiteral("ugx"),
        QStringLiteral("vnd"), QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"),
        QStringLiteral("xpf")};
    static const QStringList three{QStringLiteral("bhd"), QStringLiteral("iqd"), QStringLiteral("jod"),
        QStringLiteral("kwd"), QStringLiteral("lyd"), QStringLiteral("omr"), QStringLiteral("tnd")};
    const QString code = currency.toLower();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

double moneyMajorUnits(const Money& money)
{
    return double(money.amountMinor) / std::pow(10.0, currencyDecimals(money.currency));
}

QString moneyDisplayString(const Money& money)
{
    if (!money.isValid())
        return {};
    const QString code = money.currency.toUpper();
    const QLocale locale;
    // The locale's own symbol only for its own currency; any other is named by its code, never guessed.
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == code
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : code + QLatin1Char(' ');
    return locale.toCurrencyString(moneyMajorUnits(money), symbol, currencyDecimals(money.currency));
}

} // namespace Fleetdeck
