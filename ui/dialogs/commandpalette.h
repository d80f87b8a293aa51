#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;

namespace Fleetdeck {

struct PaletteCommand
{
    QString text; // "Open Pizza Co", "Suspend Joe's Plumbing", "Refresh now"
    QString detail; // a hint on the right: "client · down", "F5"
    std::function<void()> run;
    int score = 0; // higher first
};

// Ctrl+K: type part of a client's name or an action ("suspend pizza", "open joe") and press Enter.
// What can be done comes from the provider, so the palette knows nothing about panels or clients.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    using Provider = std::function<QList<PaletteCommand>(const QString& query)>;

    explicit CommandPalette(Provider provider, QWidget* parent = nullptr);

    void popup(); // clears the query and shows the palette over its parent
    [[nodiscard]] QStringList visibleTexts() const;

    // Matching used by providers: every word of the query appears in the text (any case); better when
    // the text starts with the query or a word starts with it. 0 = no match.
    static int matchScore(const QString& query, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();
    void runCurrent();

    Provider m_provider;
    QLineEdit* m_edit;
    QListWidget* m_list;
    QList<PaletteCommand> m_commands;
};

} // namespace Fleetdeck
