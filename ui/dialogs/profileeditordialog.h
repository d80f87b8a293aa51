#pragma once

#include "core/connectors/upstreamcheck.h"
#include "core/profile/connectionprofile.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Fleetdeck {

class CheckResultLabel;
class HttpClient;
class ProfileStore;
class SecretStore;
class StoreWorker;

// Edits one connection profile: registry, upstreams, health checks and transport security. Secrets are typed
// into password fields, written to the SecretStore under the entry's name on save and never shown again.
// Every "Test" runs asynchronously; nothing here blocks the GUI thread. Show it with open().
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileEditorDialog(ProfileStore& profiles, SecretStore& secrets, HttpClient& http, QWidget* parent = nullptr);
    ~ProfileEditorDialog() override;

    // Fills the form from the stored profile (a new profile named `name` when there is none).
    void editProfile(const QString& name);
    void newProfile();

    // The secret entry used when the field is left empty: "<profile>-<upstream>-key", "<profile>-registry-password".
    static QString defaultSecretName(const QString& profileName, const QString& what);

signals:
    void profileSaved(const QString& name);

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct UpstreamFields
    {
        QString upstream;
        int page = 0;
        QCheckBox* enabled = nullptr;
        QLineEdit* url = nullptr;
        QLabel* urlError = nullptr;
        QSpinBox* interval = nullptr;
        QSpinBox* timeout = nullptr;
        QLineEdit* secretName = nullptr;
        QLineEdit* secret = nullptr;
        QLabel* secretError = nullptr;
        QLineEdit* mauticTenant = nullptr; // mautic only
        QPushButton* testButton = nullptr;
        CheckResultLabel* testResult = nullptr;
        bool secretStored = false;
        quint64 testGeneration = 0;
    };
    struct FieldError
    {
        QWidget* field = nullptr;
        QLabel* label = nullptr;
        int page = 0;
    };

    void buildUi();
    QWidget* buildGeneralPage();
    QWidget* buildRegistryPage();
    QWidget* buildHealthPage();
    QWidget* buildUpstreamPage(const QString& upstream, int page);
    int addPage(const QString& title, QWidget* content);

    void loadProfile(const ConnectionProfile& profile, bool isNew);
    [[nodiscard]] ConnectionProfile profileFromFields() const;
    void updateSecretPlaceholders();
    void checkStoredSecret(const QString& upstream);
    void checkStoredRegistryPassword();
    [[nodiscard]] QString secretNameFor(const UpstreamFields& fields) const;
    [[nodiscard]] QString registrySecretName() const;
    void updateRegistryRows();
    void resetTests();

    // Validation: true when the form can be saved; otherwise field messages are shown.
    bool validateFields(const ConnectionProfile& profile);
    void clearFieldErrors();
    void showFieldError(const QString& key, const QString& message);

    void save();
    void finishSave(const ConnectionProfile& profile, const QStringList& failures);

    void testUpstream(const QString& upstream);
    void runUpstreamCheck(const QString& upstream, quint64 generation, const UpstreamCheck::Input& input);
    void finishUpstreamTest(const QString& upstream, quint64 generation, const Result<QString>& result);
    void testRegistry();
    void openRegistryForTest(quint64 generation, RegistryConnection connection);
    void finishRegistryTest(quint64 generation, const QString& failure, bool passed, const QString& sentence);
    void browseRegistryFile();
    void browseCaFile();

    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    HttpClient& m_http;
    HttpClient* m_ownHttp = nullptr; // for tests whose transport settings differ from the shared client's
    StoreWorker* m_storeWorker = nullptr; // opened on the first registry test

    QString m_originalName; // empty for a new profile
    ConnectionProfile m_loaded; // keeps what the form does not edit (caPem, cachePath)
    quint64 m_loadGeneration = 0;
    quint64 m_saveGeneration = 0;
    quint64 m_registryTestGeneration = 0;
    bool m_registrySecretStored = false;
    bool m_formStatusIsError = false;
    bool m_recolouring = false;

    QListWidget* m_sections = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_formStatus = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;

    // General
    QLineEdit* m_name = nullptr;
    QCheckBox* m_allowInsecureHttp = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_caPemNote = nullptr;

    // Registry
    QComboBox* m_registryDriver = nullptr;
    QWidget* m_registrySqliteBox = nullptr;
    QWidget* m_registryPostgresBox = nullptr;
    QLineEdit* m_registryPath = nullptr;
    QLineEdit* m_pgHost = nullptr;
    QSpinBox* m_pgPort = nullptr;
    QLineEdit* m_pgDatabase = nullptr;
    QLineEdit* m_pgUser = nullptr;
    QLineEdit* m_pgPassword = nullptr;
    QLineEdit* m_pgSecretName = nullptr;
    QPushButton* m_registryTestButton = nullptr;
    CheckResultLabel* m_registryTestResult = nullptr;

    // Health
    QSpinBox* m_healthInterval = nullptr;
    QSpinBox* m_healthDegraded = nullptr;
    QSpinBox* m_healthTimeout = nullptr;
    QSpinBox* m_healthConcurrency = nullptr;

    QHash<QString, UpstreamFields> m_upstreams;
    QHash<QString, FieldError> m_fieldErrors; // "name", "registry.database", "upstreams.n8n.url", ...
    QList<QList<QWidget*>> m_equalWidthGroups; // number fields that share a width per page
};

} // namespace Fleetdeck
