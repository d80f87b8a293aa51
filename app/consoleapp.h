#pragma once

#include "app/session.h"
#include "ui/shell/mainwindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Fleetdeck {

class Preferences;
class ProfileStore;

struct GuiOptions
{
    SessionOptions session;
    QString panel; // --panel NAME
    QString tenant; // --tenant SLUG
    QString screenshot; // --screenshot FILE
};

// The window's composition root: builds a Session and a MainWindow for one profile, wires them,
// rebuilds both when the person switches profile, and owns the preference and profile dialogs.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const GuiOptions& options, QObject* parent = nullptr);
    ~ConsoleApp() override;

    // False with `error` when the session can't start (no profile, a bad profile file, ...).
    bool start(QString* error);
    [[nodiscard]] MainWindow* window() const { return m_window; }
    [[nodiscard]] Session* session() const { return m_session.get(); }
    [[nodiscard]] Preferences* preferences() const { return m_preferences; }
    void showProfiles(); // the profile editor, on the current profile (a new one from the demo)
    void showPreferences();
    void showAlertRules(); // the alert rules dialog, over the current session's clients

signals:
    void screenshotSaved(bool ok);

private:
    bool open(const SessionOptions& options, QString* error);
    void switchProfile(const QString& name);
    void takeScreenshot();

    GuiOptions m_options;
    Preferences* m_preferences;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
};

} // namespace Fleetdeck
