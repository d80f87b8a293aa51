#pragma once

#include <QString>

namespace Fleetdeck {

// An amount of money: integer minor units of an ISO 4217 currency, lower case as Stripe writes it ("usd").
struct Money
{
    qint64 amountMinor = 0;
    QString currency;

    [[nodiscard]] bool isValid() const { return !currency.isEmpty(); }
    friend bool operator==(const Money&, const Money&) = default;
};

// Digits after the decimal point: 2 for most currencies, 0 for JPY, KRW, ..., 3 for BHD, KWD, ...
int currencyDecimals(const QString& currency);
// The amount as a number of major units (12345 usd -> 123.45).
double moneyMajorUnits(const Money& money);
// "$1,234.50" / "1.234,50 €" in the default locale; empty for an invalid amount.
QString moneyDisplayString(const Money& money);

} // namespace Fleetdeck
