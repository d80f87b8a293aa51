#include "ui/dialogs/profileeditordialog.h"

#include "core/net/httpclient.h"
#include "core/profile/profilestore.h"
#include "core/secrets/secretstore.h"
#include "core/store/storeworker.h"
#include "ui/dialogs/checkresultlabel.h"
#include "ui/dialogs/dialogstyle.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Fleetdeck {

namespace {

constexpr int kSpacing = 8;
constexpr int kGap = 12;

// Certificates read off the GUI thread; default-constructible so it can travel in a QFuture.
struct CertificateLoad
{
    QList<QSslCertificate> certificates;
    QString error;
};

CertificateLoad loadCertificates(const QString& caFile, const QString& caPem)
{
    ConnectionProfile profile;
    profile.caFile = caFile;
    profile.caPem = caPem;
    const auto loaded = profile.trustedCertificates();
    return loaded ? CertificateLoad{loaded.value(), {}} : CertificateLoad{{}, loaded.error()};
}

QColor errorTextColour()
{
    return DialogStyle::errorText();
}

QLabel* makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColour().name()));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->hide();
    return label;
}

// A field with its error message right below it; the row's label gives focus to the field.
QWidget* withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kSpacing / 2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

QWidget* withButton(QWidget* field, QPushButton* button)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kSpacing);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    box->setFocusProxy(field);
    return box;
}

// The Test button with its result beside it; the result's first line sits level with the button's text.
QWidget* makeTestRow(QPushButton* button, CheckResultLabel* result)
{
    button->setMinimumWidth(std::max(button->sizeHint().width(),
        button->fontMetrics().horizontalAdvance(ProfileEditorDialog::tr("Testing…")) + 4 * kGap));
    result->setContentsMargins(
        0, std::max(0, (button->sizeHint().height() - result->fontMetrics().height()) / 2), 0, 0);
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kGap);
    layout->addWidget(button, 0, Qt::AlignTop);
    layout->addWidget(result, 1);
    return row;
}

QFormLayout* makeForm()
{
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(kGap);
    form->setVerticalSpacing(kSpacing);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

QSpinBox* makeSpin(const QString& objectName, int min, int max, const QString& suffix, int step = 1)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setSingleStep(step);
    spin->setAccelerated(true);
    return spin;
}

// Forms stacked in one column line up when their labels are equally wide (measured in the current font).
void alignLabelColumns(const QList<QFormLayout*>& forms)
{
    int widest = 0;
    QList<QWidget*> labels;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                widest = std::max(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : labels)
        label->setMinimumWidth(widest);
}

// Number fields of one page share a width, so their values line up.
void equalizeWidths(const QList<QWidget*>& widgets)
{
    int widest = 0;
    for (QWidget* w : widgets) {
        w->setMinimumWidth(0);
        w->ensurePolished();
        widest = std::max(widest, w->sizeHint().width());
    }
    for (QWidget* w : widgets)
        w->setMinimumWidth(widest);
}

QString upstreamTitle(const QString& upstream)
{
    return UpstreamCheck::displayName(upstream);
}

QString urlExample(const QString& upstream)
{
    if (upstream == QLatin1String("stripe"))
        return QStringLiteral("https://api.stripe.com");
    return QStringLiteral("https://%1.example.com").arg(upstream);
}

QString actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

void setInvalid(QWidget* widget, bool invalid)
{
    if (!widget || widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(
    ProfileStore& profiles, SecretStore& secrets, HttpClient& http, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_http(http)
{
    setObjectName(QStringLiteral("profileEditorDialog"));
    buildUi();
    newProfile();
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

QString ProfileEditorDialog::defaultSecretName(const QString& profileName, const QString& what)
{
    const QString base = profileName.trimmed().isEmpty() ? QStringLiteral("fleetdeck") : profileName.trimmed();
    if (what == QLatin1String("registry"))
        return base + QStringLiteral("-registry-password");
    return base + QLatin1Char('-') + what + QStringLiteral("-key");
}

// ---------------------------------------------------------------------------------------------------- layout

void ProfileEditorDialog::buildUi()
{
    setWindowTitle(tr("New profile"));
    setStyleSheet(DialogStyle::styleSheet()); // invalid fields also get a red frame, besides their message

    m_sections = new QListWidget;
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("sectionStack"));

    addPage(tr("General"), buildGeneralPage());
    addPage(tr("Registry"), buildRegistryPage());
    for (const QString& upstream : ConnectionProfile::upstreamNames())
        buildUpstreamPage(upstream, m_pages->count());
    addPage(tr("Health checks"), buildHealthPage());

    // The list is as wide as its longest entry, in the current font (works at any scaling).
    int widest = 0;
    for (int i = 0; i < m_sections->count(); ++i)
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(m_sections->item(i)->text()));
    m_sections->setFixedWidth(widest + 4 * fontMetrics().averageCharWidth() + 2 * kGap);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_formStatus = new QLabel;
    m_formStatus->setObjectName(QStringLiteral("formStatus"));
    m_formStatus->setTextFormat(Qt::PlainText);
    m_formStatus->setWordWrap(true);
    m_formStatus->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);

    auto* body = new QHBoxLayout;
    body->setSpacing(kGap);
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kGap, kGap, kGap, kGap);
    layout->setSpacing(kGap);
    layout->addLayout(body, 1);
    layout->addWidget(m_formStatus);
    layout->addWidget(m_buttons);

    // Enter saves. Set once the button is inside the dialog, so the dialog knows it as its default.
    m_saveButton->setDefault(true);
    m_sections->setCurrentRow(0);
    setTabOrder(m_sections, m_name);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 118, metrics.lineSpacing() * 36);
}

int ProfileEditorDialog::addPage(const QString& title, QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    const int index = m_pages->addWidget(scroll);
    m_sections->addItem(title);
    return index;
}

namespace {
QWidget* pageWithTitle(const QString& title, const QString& description, QVBoxLayout*& layout)
{
    auto* page = new QWidget;
    layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, kSpacing, 0);
    layout->setSpacing(kGap);
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    QFont font = heading->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    if (!description.isEmpty())
        layout->addWidget(DialogStyle::hint(description));
    return page;
}
} // namespace

QWidget* ProfileEditorDialog::buildGeneralPage()
{
    QVBoxLayout* layout = nullptr;
    QWidget* page = pageWithTitle(tr("General"),
        tr("A profile says which services Fleetdeck watches and where. It holds no keys: those go to the "
           "system keychain."),
        layout);

    auto* form = makeForm();
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    auto* nameError = makeErrorLabel(QStringLiteral("nameError"));
    form->addRow(tr("&Name:"), withError(m_name, nameError));
    m_fieldErrors.insert(QStringLiteral("name"), {m_name, nameError, 0});
    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateSecretPlaceholders);
    layout->addLayout(form);

    auto* security = new QGroupBox(tr("Secure connections"));
    security->setObjectName(QStringLiteral("securityGroup"));
    auto* securityForm = makeForm();
    securityForm->setContentsMargins(kGap, kGap, kGap, kGap);
    security->setLayout(securityForm);
    m_allowInsecureHttp = new QCheckBox(tr("&Allow keys over plain http:// to other computers"));
    m_allowInsecureHttp->setObjectName(QStringLiteral("allowInsecureHttpCheck"));
    securityForm->addRow(m_allowInsecureHttp);
    securityForm->addRow(DialogStyle::hint(
        tr("Fleetdeck sends API keys and passwords only over https://, or over http:// to this computer. Anyone on "
           "the way can read a key sent over plain http://, so allow it only on a network you trust completely, "
           "such as a VPN or a private network between your servers.")));

    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("none: only the system's certificate authorities"));
    auto* browseCa = new QPushButton(tr("&Browse…"));
    browseCa->setObjectName(QStringLiteral("caFileBrowseButton"));
    browseCa->setAutoDefault(false);
    connect(browseCa, &QPushButton::clicked, this, &ProfileEditorDialog::browseCaFile);
    auto* caError = makeErrorLabel(QStringLiteral("caFileError"));
    securityForm->addRow(tr("Extra &CA file:"), withError(withButton(m_caFile, browseCa), caError));
    m_fieldErrors.insert(QStringLiteral("tls.caFile"), {m_caFile, caError, 0});
    securityForm->addRow(QString(),
        DialogStyle::hint(
            tr("A PEM file with the certificate authority of self-hosted services that use a private CA. The "
               "system's authorities stay trusted.")));
    m_caPemNote = DialogStyle::hint(tr("This profile also carries certificates of its own (imported with it); they are "
                                       "kept."));
    securityForm->addRow(QString(), m_caPemNote);
    layout->addWidget(security);
    layout->addStretch(1);
    return page;
}

QWidget* ProfileEditorDialog::buildRegistryPage()
{
    QVBoxLayout* layout = nullptr;
    QWidget* page = pageWithTitle(tr("Registry"),
        tr("The registry lists your clients, their plans and the audit log. A SQLite file suits one person; the "
           "platform's PostgreSQL lets the whole team, and read-only support staff, share it."),
        layout);

    // Kind / SQLite file / PostgreSQL fields / Test, as four forms whose label columns line up. The fields of the
    // kind not chosen are hidden as a whole (hidden rows inside one QFormLayout keep their spacing).
    auto* kindForm = makeForm();
    m_registryDriver = new QComboBox;
    m_registryDriver->setObjectName(QStringLiteral("registryDriverCombo"));
    m_registryDriver->addItem(tr("SQLite file on this computer"), QStringLiteral("sqlite"));
    m_registryDriver->addItem(tr("PostgreSQL server"), QStringLiteral("postgres"));
    kindForm->addRow(tr("&Kind:"), m_registryDriver);

    m_registrySqliteBox = new QWidget;
    auto* sqliteForm = makeForm();
    m_registrySqliteBox->setLayout(sqliteForm);
    m_registryPath = new QLineEdit;
    m_registryPath->setObjectName(QStringLiteral("registryPathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("registryBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ProfileEditorDialog::browseRegistryFile);
    auto* pathError = makeErrorLabel(QStringLiteral("registryPathError"));
    sqliteForm->addRow(tr("&File:"), withError(withButton(m_registryPath, browse), pathError));
    m_fieldErrors.insert(QStringLiteral("registry.path"), {m_registryPath, pathError, 1});

    m_registryPostgresBox = new QWidget;
    auto* form = makeForm();
    m_registryPostgresBox->setLayout(form);
    m_pgHost = new QLineEdit;
    m_pgHost->setObjectName(QStringLiteral("registryHostEdit"));
    m_pgHost->setPlaceholderText(QStringLiteral("db.example.com"));
    form->addRow(tr("&Host:"), m_pgHost);
    m_pgPort = makeSpin(QStringLiteral("registryPortSpin"), 1, 65535, QString());
    m_pgPort->setGroupSeparatorShown(false);
    form->addRow(tr("&Port:"), m_pgPort);
    m_pgDatabase = new QLineEdit;
    m_pgDatabase->setObjectName(QStringLiteral("registryDatabaseEdit"));
    auto* databaseError = makeErrorLabel(QStringLiteral("registryDatabaseError"));
    form->addRow(tr("&Database:"), withError(m_pgDatabase, databaseError));
    m_fieldErrors.insert(QStringLiteral("registry.database"), {m_pgDatabase, databaseError, 1});
    m_pgUser = new QLineEdit;
    m_pgUser->setObjectName(QStringLiteral("registryUserEdit"));
    auto* userError = makeErrorLabel(QStringLiteral("registryUserError"));
    form->addRow(tr("&User:"), withError(m_pgUser, userError));
    m_fieldErrors.insert(QStringLiteral("registry.user"), {m_pgUser, userError, 1});
    m_pgPassword = new QLineEdit;
    m_pgPassword->setObjectName(QStringLiteral("registryPasswordEdit"));
    m_pgPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_pgPassword);
    m_pgSecretName = new QLineEdit;
    m_pgSecretName->setObjectName(QStringLiteral("registrySecretNameEdit"));
    connect(m_pgSecretName, &QLineEdit::editingFinished, this, &ProfileEditorDialog::checkStoredRegistryPassword);
    form->addRow(tr("Keychain &entry:"), m_pgSecretName);

    auto* testForm = makeForm();
    m_registryTestButton = new QPushButton(tr("&Test"));
    m_registryTestButton->setObjectName(QStringLiteral("registryTestButton"));
    m_registryTestButton->setToolTip(tr("Open the registry and report its schema and whether it can be changed"));
    m_registryTestResult = new CheckResultLabel;
    m_registryTestResult->setObjectName(QStringLiteral("registryTestResult"));
    testForm->addRow(QStringLiteral(" "), makeTestRow(m_registryTestButton, m_registryTestResult));
    connect(m_registryTestButton, &QPushButton::clicked, this, &ProfileEditorDialog::testRegistry);

    alignLabelColumns({kindForm, sqliteForm, form, testForm});
    layout->addLayout(kindForm);
    layout->addWidget(m_registrySqliteBox);
    layout->addWidget(m_registryPostgresBox);
    layout->addLayout(testForm);
    connect(m_registryDriver, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateRegistryRows);
    layout->addStretch(1);
    return page;
}

QWidget* ProfileEditorDialog::buildHealthPage()
{
    QVBoxLayout* layout = nullptr;
    QWidget* page = pageWithTitle(tr("Health checks"),
        tr("Fleetdeck asks every client's site whether it is up, and calls it degraded when the answer is slow."),
        layout);
    auto* form = makeForm();
    m_healthInterval = makeSpin(QStringLiteral("healthIntervalSpin"), 5, 86400, tr(" s"), 5);
    form->addRow(tr("Check &every:"), m_healthInterval);
    m_healthDegraded = makeSpin(QStringLiteral("healthDegradedSpin"), 1, 600000, tr(" ms"), 100);
    form->addRow(tr("&Degraded above:"), m_healthDegraded);
    m_healthTimeout = makeSpin(QStringLiteral("healthTimeoutSpin"), 100, 600000, tr(" ms"), 1000);
    form->addRow(tr("Down af&ter:"), m_healthTimeout);
    m_healthConcurrency = makeSpin(QStringLiteral("healthConcurrencySpin"), 1, 512, QString());
    form->addRow(tr("&Parallel checks:"), m_healthConcurrency);
    m_equalWidthGroups.append(
        QList<QWidget*>{m_healthInterval, m_healthDegraded, m_healthTimeout, m_healthConcurrency});
    form->addRow(QString(),
        DialogStyle::hint(
            tr("A site that takes longer than \"Down after\" to answer counts as down. More parallel checks "
               "finish a large fleet sooner but load this computer's network more.")));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* ProfileEditorDialog::buildUpstreamPage(const QString& upstream, int pageIndex)
{
    UpstreamFields f;
    f.upstream = upstream;
    f.page = pageIndex;

    QString description;
    QString keyLabel;
    if (upstream == QLatin1String("evolution")) {
        description = tr("WhatsApp numbers of every client. The global API key is AUTHENTICATION_API_KEY in the "
                         "Evolution API server's environment.");
        keyLabel = tr("Global API &key:");
    } else if (upstream == QLatin1String("n8n")) {
        description = tr("Automations and their executions. Create an API key in n8n under Settings → n8n API.");
        keyLabel = tr("API &key:");
    } else if (upstream == QLatin1String("stripe")) {
        description = tr("Subscriptions, invoices and revenue. Prefer a restricted key (rk_…) with read access to "
                         "the full-access secret key (sk_…).");
        keyLabel = tr("Restricted &key:");
    } else if (upstream == QLatin1String("prometheus")) {
        description = tr("Uptime, latency and certificate expiry from the exporters. Leave the token empty unless "
                         "a proxy in front of Prometheus asks for one (a bearer token, or user:password).");
        keyLabel = tr("Access &token:");
    } else if (upstream == QLatin1String("alertmanager")) {
        description = tr("Firing alerts and silences. Leave the token empty unless a proxy in front of "
                         "Alertmanager asks for one (a bearer token, or user:password).");
        keyLabel = tr("Access &token:");
    } else {
        description = tr("Every client has its own Mautic. Fleetdeck signs in as a Mautic user: switch on the API "
                         "and HTTP basic auth in Mautic's API settings. The URL is where the clients' Mautic "
                         "instances live; the test asks one client.");
        keyLabel = tr("User:&password:");
    }

    QVBoxLayout* layout = nullptr;
    QWidget* page = pageWithTitle(upstreamTitle(upstream), description, layout);
    auto* form = makeForm();

    f.enabled = new QCheckBox(tr("&Watch %1 in this profile").arg(upstreamTitle(upstream)));
    f.enabled->setObjectName(upstream + QStringLiteral("EnabledCheck"));
    form->addRow(f.enabled);

    f.url = new QLineEdit;
    f.url->setObjectName(upstream + QStringLiteral("UrlEdit"));
    f.url->setPlaceholderText(urlExample(upstream));
    f.urlError = makeErrorLabel(upstream + QStringLiteral("UrlError"));
    form->addRow(tr("&URL:"), withError(f.url, f.urlError));
    m_fieldErrors.insert(QStringLiteral("upstreams.%1.url").arg(upstream), {f.url, f.urlError, pageIndex});

    f.interval = makeSpin(upstream + QStringLiteral("IntervalSpin"), 0, 86400, tr(" s"), 5);
    f.interval->setSpecialValueText(tr("Default (%1 s)").arg(ConnectionProfile::defaultIntervalSeconds(upstream)));
    form->addRow(tr("Refresh &every:"), f.interval);

    f.timeout = makeSpin(upstream + QStringLiteral("TimeoutSpin"), 100, 600000, tr(" ms"), 1000);
    form->addRow(tr("T&imeout:"), f.timeout);
    m_equalWidthGroups.append(QList<QWidget*>{f.interval, f.timeout});

    f.secretName = new QLineEdit;
    f.secretName->setObjectName(upstream + QStringLiteral("SecretNameEdit"));
    f.secretName->setToolTip(tr("The name of the keychain entry that holds the key; empty uses the name shown"));
    form->addRow(tr("Keychain e&ntry:"), f.secretName);

    f.secret = new QLineEdit;
    f.secret->setObjectName(upstream + QStringLiteral("SecretEdit"));
    f.secret->setEchoMode(QLineEdit::Password);
    f.secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    f.secretError = makeErrorLabel(upstream + QStringLiteral("SecretError"));
    form->addRow(keyLabel, withError(f.secret, f.secretError));
    m_fieldErrors.insert(QStringLiteral("upstreams.%1.secret").arg(upstream), {f.secret, f.secretError, pageIndex});

    if (upstream == QLatin1String("mautic")) {
        f.mauticTenant = new QLineEdit;
        f.mauticTenant->setObjectName(QStringLiteral("mauticTenantEdit"));
        f.mauticTenant->setPlaceholderText(tr("a client's slug (e.g. acme) or its Mautic address"));
        form->addRow(tr("Test a&gainst client:"), f.mauticTenant);
    }

    f.testButton = new QPushButton(tr("&Test"));
    f.testButton->setObjectName(upstream + QStringLiteral("TestButton"));
    f.testButton->setToolTip(tr("Ask %1 once with this URL and key").arg(upstreamTitle(upstream)));
    f.testResult = new CheckResultLabel;
    f.testResult->setObjectName(upstream + QStringLiteral("TestResult"));
    form->addRow(QString(), makeTestRow(f.testButton, f.testResult));
    connect(f.testButton, &QPushButton::clicked, this, [this, upstream] { testUpstream(upstream); });
    connect(f.secretName, &QLineEdit::editingFinished, this, [this, upstream] { checkStoredSecret(upstream); });

    layout->addLayout(form);
    layout->addStretch(1);
    m_upstreams.insert(upstream, f);
    addPage(upstreamTitle(upstream), page);
    return page;
}

void ProfileEditorDialog::updateRegistryRows()
{
    const bool postgres = m_registryDriver->currentData().toString() == QLatin1String("postgres");
    m_registrySqliteBox->setVisible(!postgres);
    m_registryPostgresBox->setVisible(postgres);
    // A result for the other kind of registry would be misleading.
    ++m_registryTestGeneration;
    m_registryTestButton->setEnabled(true);
    m_registryTestButton->setText(tr("&Test"));
    m_registryTestResult->clearResult();
}

// ------------------------------------------------------------------------------------------------ load

void ProfileEditorDialog::newProfile()
{
    loadProfile(ConnectionProfile{}, true);
    setWindowTitle(tr("New profile"));
}

void ProfileEditorDialog::editProfile(const QString& name)
{
    const std::optional<ConnectionProfile> stored = m_profiles.load(name);
    if (!stored) {
        newProfile();
        m_name->setText(name);
        return;
    }
    loadProfile(*stored, false);
    setWindowTitle(tr("Edit profile “%1”").arg(name));
}

void ProfileEditorDialog::loadProfile(const ConnectionProfile& profile, bool isNew)
{
    ++m_loadGeneration;
    ++m_saveGeneration;
    m_loaded = profile;
    m_originalName = isNew ? QString() : profile.name;
    resetTests();
    clearFieldErrors();
    m_formStatus->hide();
    m_saveButton->setEnabled(true);

    m_name->setText(profile.name);
    m_allowInsecureHttp->setChecked(profile.allowInsecureHttp);
    m_caFile->setText(QDir::toNativeSeparators(profile.caFile));
    m_caPemNote->setVisible(!profile.caPem.isEmpty());

    const RegistryConnection& r = profile.registry;
    m_registryDriver->setCurrentIndex(std::max(0, m_registryDriver->findData(r.driver)));
    m_registryPath->setText(QDir::toNativeSeparators(r.path));
    m_registryPath->setPlaceholderText(
        tr("default: %1").arg(QDir::toNativeSeparators(ConnectionProfile().effectiveRegistryPath())));
    m_pgHost->setText(r.host);
    m_pgPort->setValue(r.port);
    m_pgDatabase->setText(r.database);
    m_pgUser->setText(r.user);
    m_pgPassword->clear();
    m_pgSecretName->setText(r.secret);
    m_registrySecretStored = false;
    updateRegistryRows();

    m_healthInterval->setValue(profile.health.intervalSeconds);
    m_healthDegraded->setValue(profile.health.degradedLatencyMs);
    m_healthTimeout->setValue(profile.health.timeoutMs);
    m_healthConcurrency->setValue(profile.health.concurrency);

    for (auto it = m_upstreams.begin(); it != m_upstreams.end(); ++it) {
        UpstreamFields& f = it.value();
        const UpstreamConfig config = profile.upstreams.value(f.upstream);
        f.enabled->setChecked(config.enabled);
        f.url->setText(config.url.toString());
        f.interval->setValue(config.intervalSeconds);
        f.timeout->setValue(config.timeoutMs);
        f.secretName->setText(config.secret);
        f.secret->clear();
        f.secretStored = false;
        if (f.mauticTenant)
            f.mauticTenant->clear();
    }
    updateSecretPlaceholders();
    for (const QString& upstream : ConnectionProfile::upstreamNames())
        checkStoredSecret(upstream);
    checkStoredRegistryPassword();

    m_sections->setCurrentRow(0);
    m_name->setFocus();
}

QString ProfileEditorDialog::secretNameFor(const UpstreamFields& fields) const
{
    const QString typed = fields.secretName->text().trimmed();
    return typed.isEmpty() ? defaultSecretName(m_name->text(), fields.upstream) : typed;
}

QString ProfileEditorDialog::registrySecretName() const
{
    const QString typed = m_pgSecretName->text().trimmed();
    return typed.isEmpty() ? defaultSecretName(m_name->text(), QStringLiteral("registry")) : typed;
}

void ProfileEditorDialog::updateSecretPlaceholders()
{
    const QString stored = tr("stored in the keychain — type to replace");
    for (auto it = m_upstreams.begin(); it != m_upstreams.end(); ++it) {
        UpstreamFields& f = it.value();
        f.secretName->setPlaceholderText(defaultSecretName(m_name->text(), f.upstream));
        if (f.secretStored)
            f.secret->setPlaceholderText(stored);
        else if (f.upstream == QLatin1String("mautic"))
            f.secret->setPlaceholderText(tr("user:password — not stored yet"));
        else if (UpstreamCheck::requiresSecret(f.upstream))
            f.secret->setPlaceholderText(tr("not stored yet — type the key"));
        else
            f.secret->setPlaceholderText(tr("optional — only when a proxy asks for one"));
    }
    m_pgSecretName->setPlaceholderText(defaultSecretName(m_name->text(), QStringLiteral("registry")));
    m_pgPassword->setPlaceholderText(m_registrySecretStored ? stored : tr("not stored yet"));
}

void ProfileEditorDialog::checkStoredSecret(const QString& upstream)
{
    UpstreamFields& f = m_upstreams[upstream];
    const QString name = f.secretName->text().trimmed();
    f.secretStored = false;
    updateSecretPlaceholders();
    if (name.isEmpty())
        return;
    const quint64 generation = m_loadGeneration;
    // Only whether a value exists is kept; the value itself never reaches a widget.
    m_secrets.readSecret(name, this, [this, upstream, name, generation](Result<QByteArray, SecretError> secret) {
        if (generation != m_loadGeneration)
            return;
        UpstreamFields& fields = m_upstreams[upstream];
        if (fields.secretName->text().trimmed() != name)
            return;
        fields.secretStored = secret.hasValue() && !secret.value().isEmpty();
        if (secret.hasValue())
            secret.value().fill('\0');
        updateSecretPlaceholders();
    });
}

void ProfileEditorDialog::checkStoredRegistryPassword()
{
    const QString name = m_pgSecretName->text().trimmed();
    m_registrySecretStored = false;
    updateSecretPlaceholders();
    if (name.isEmpty())
        return;
    const quint64 generation = m_loadGeneration;
    m_secrets.readSecret(name, this, [this, name, generation](Result<QByteArray, SecretError> secret) {
        if (generation != m_loadGeneration || m_pgSecretName->text().trimmed() != name)
            return;
        m_registrySecretStored = secret.hasValue() && !secret.value().isEmpty();
        if (secret.hasValue())
            secret.value().fill('\0');
        updateSecretPlaceholders();
    });
}

void ProfileEditorDialog::resetTests()
{
    for (auto it = m_upstreams.begin(); it != m_upstreams.end(); ++it) {
        ++it->testGeneration;
        it->testButton->setEnabled(true);
        it->testButton->setText(tr("&Test"));
        it->testResult->clearResult();
    }
    ++m_registryTestGeneration;
    m_registryTestButton->setEnabled(true);
    m_registryTestButton->setText(tr("&Test"));
    m_registryTestResult->clearResult();
}

ConnectionProfile ProfileEditorDialog::profileFromFields() const
{
    ConnectionProfile p = m_loaded; // keeps caPem and cachePath, which the form does not edit
    p.name = m_name->text().trimmed();
    p.allowInsecureHttp = m_allowInsecureHttp->isChecked();
    p.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());

    RegistryConnection& r = p.registry;
    r.driver = m_registryDriver->currentData().toString();
    r.path = QDir::fromNativeSeparators(m_registryPath->text().trimmed());
    r.host = m_pgHost->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : m_pgHost->text().trimmed();
    r.port = m_pgPort->value();
    r.database = m_pgDatabase->text().trimmed();
    r.user = m_pgUser->text().trimmed();
    r.password.clear();
    const QString registrySecret = m_pgSecretName->text().trimmed();
    if (!registrySecret.isEmpty())
        r.secret = registrySecret;
    else if (r.isPostgres() && !m_pgPassword->text().isEmpty())
        r.secret = registrySecretName();
    else
        r.secret.clear();

    p.health.intervalSeconds = m_healthInterval->value();
    p.health.degradedLatencyMs = m_healthDegraded->value();
    p.health.timeoutMs = m_healthTimeout->value();
    p.health.concurrency = m_healthConcurrency->value();

    p.upstreams.clear();
    for (const QString& upstream : ConnectionProfile::upstreamNames()) {
        const UpstreamFields& f = m_upstreams[upstream];
        UpstreamConfig c;
        c.enabled = f.enabled->isChecked();
        const QString url = f.url->text().trimmed();
        c.url = QUrl(url, QUrl::StrictMode);
        if (!url.isEmpty() && !c.url.isValid())
            c.url = QUrl(url, QUrl::TolerantMode); // validate() still refuses it, with the field named
        c.intervalSeconds = f.interval->value();
        c.timeoutMs = f.timeout->value();
        const QString secretName = f.secretName->text().trimmed();
        if (!secretName.isEmpty())
            c.secret = secretName;
        else if (!f.secret->text().isEmpty())
            c.secret = secretNameFor(f);
        if (c.enabled || !url.isEmpty() || !c.secret.isEmpty() || m_loaded.upstreams.contains(upstream))
            p.upstreams.insert(upstream, c);
    }
    return p;
}

// ------------------------------------------------------------------------------------------ validation

void ProfileEditorDialog::clearFieldErrors()
{
    for (const FieldError& e : std::as_const(m_fieldErrors)) {
        e.label->clear();
        e.label->hide();
        setInvalid(e.field, false);
    }
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem* item = m_sections->item(i);
        item->setData(Qt::ForegroundRole, QVariant());
        item->setToolTip(QString());
        QFont font = item->font();
        font.setBold(false);
        item->setFont(font);
    }
}

void ProfileEditorDialog::showFieldError(const QString& key, const QString& message)
{
    const auto it = m_fieldErrors.constFind(key);
    if (it == m_fieldErrors.constEnd())
        return;
    it->label->setText(message);
    it->label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColour().name()));
    it->label->show();
    setInvalid(it->field, true);
    if (QListWidgetItem* item = m_sections->item(it->page)) {
        item->setForeground(errorTextColour());
        item->setToolTip(tr("This section has a problem to fix"));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

bool ProfileEditorDialog::validateFields(const ConnectionProfile& profile)
{
    QStringList unplaced;
    QStringList keys;
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    static const QRegularExpression upstreamUrl(QStringLiteral("^upstreams\\.([a-z0-9]+)\\.url$"));
    auto place = [&](const QString& key, const QString& message) {
        if (keys.contains(key))
            return;
        if (m_fieldErrors.contains(key)) {
            keys << key;
            showFieldError(key, message);
        } else {
            unplaced << message;
        }
    };

    // The profile's own rules name the field in quotes ("upstreams.n8n.url"); say it in the form's words.
    for (const QString& problem : profile.validate()) {
        const QString key = quoted.match(problem).captured(1);
        if (key == QLatin1String("name")) {
            place(key, tr("Give the profile a name."));
        } else if (key == QLatin1String("registry.database")) {
            place(key, tr("Enter the name of the PostgreSQL database."));
        } else if (key == QLatin1String("registry.user")) {
            place(key, tr("Enter the PostgreSQL user name."));
        } else if (const auto match = upstreamUrl.match(key); match.hasMatch()) {
            place(key, tr("Enter an http:// or https:// address, for example %1.").arg(urlExample(match.captured(1))));
        } else {
            place(key, problem);
        }
    }

    const bool renamed = m_originalName.isEmpty() || m_originalName != profile.name;
    if (!profile.name.isEmpty() && renamed && m_profiles.load(profile.name))
        place(
            QStringLiteral("name"), tr("A profile named “%1” exists already; choose another name.").arg(profile.name));
    if (!profile.registry.isPostgres() && !profile.registry.path.isEmpty()
        && !QDir::isAbsolutePath(profile.registry.path))
        place(QStringLiteral("registry.path"),
            tr("Enter the full path of the file, or leave the field empty for the default."));
    const QString mauticSecret = m_upstreams[QStringLiteral("mautic")].secret->text();
    if (!mauticSecret.isEmpty() && mauticSecret.indexOf(QLatin1Char(':')) <= 0)
        place(QStringLiteral("upstreams.mautic.secret"), tr("Type the Mautic user and password as user:password."));

    if (keys.isEmpty() && unplaced.isEmpty())
        return true;

    QString status =
        keys.isEmpty() ? tr("Not saved.") : tr("Not saved: fix the %n marked field(s).", nullptr, int(keys.size()));
    if (!unplaced.isEmpty())
        status += QLatin1Char(' ') + unplaced.join(QLatin1Char(' '));
    m_formStatus->setText(status);
    m_formStatusIsError = true;
    m_formStatus->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColour().name()));
    m_formStatus->show();
    if (!keys.isEmpty()) {
        const FieldError& first = m_fieldErrors[keys.first()];
        m_sections->setCurrentRow(first.page);
        first.field->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

// ------------------------------------------------------------------------------------------------ save

void ProfileEditorDialog::save()
{
    clearFieldErrors();
    m_formStatus->hide();
    const ConnectionProfile profile = profileFromFields();
    if (!validateFields(profile))
        return;

    struct SecretWrite
    {
        QString name;
        QByteArray value;
    };
    QList<SecretWrite> writes;
    for (const QString& upstream : ConnectionProfile::upstreamNames()) {
        const UpstreamFields& f = m_upstreams[upstream];
        if (!f.secret->text().isEmpty())
            writes.append({profile.upstreams.value(upstream).secret, f.secret->text().toUtf8()});
    }
    if (profile.registry.isPostgres() && !m_pgPassword->text().isEmpty())
        writes.append({profile.registry.secret, m_pgPassword->text().toUtf8()});

    const quint64 generation = ++m_saveGeneration;
    m_saveButton->setEnabled(false);
    m_formStatusIsError = false;
    m_formStatus->setStyleSheet(QString());
    m_formStatus->setText(tr("Saving…"));
    m_formStatus->show();

    auto writeSecrets = [this, generation, profile, writes]() {
        if (writes.isEmpty()) {
            finishSave(profile, {});
            return;
        }
        struct Pending
        {
            int left = 0;
            QStringList failures;
        };
        auto pending = std::make_shared<Pending>();
        pending->left = int(writes.size());
        for (const SecretWrite& write : writes) {
            m_secrets.writeSecret(write.name, write.value, this,
                [this, generation, profile, pending, name = write.name](std::optional<SecretError> error) {
                    if (error)
                        pending->failures << error->toDisplayString(name);
                    if (--pending->left > 0 || generation != m_saveGeneration)
                        return;
                    finishSave(profile, pending->failures);
                });
        }
    };

    if (profile.caFile.isEmpty()) {
        writeSecrets();
        return;
    }
    // Reading the CA file is disk work: off the GUI thread.
    QtConcurrent::run(loadCertificates, profile.caFile, profile.caPem)
        .then(this, [this, generation, writeSecrets](const CertificateLoad& loaded) {
            if (generation != m_saveGeneration)
                return;
            if (!loaded.error.isEmpty()) {
                m_saveButton->setEnabled(true);
                showFieldError(QStringLiteral("tls.caFile"), loaded.error);
                m_formStatus->setText(tr("Not saved: fix the %n marked field(s).", nullptr, 1));
                m_formStatusIsError = true;
                m_formStatus->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColour().name()));
                m_sections->setCurrentRow(0);
                m_caFile->setFocus(Qt::OtherFocusReason);
                return;
            }
            writeSecrets();
        });
}

void ProfileEditorDialog::finishSave(const ConnectionProfile& profile, const QStringList& failures)
{
    if (!failures.isEmpty()) {
        m_saveButton->setEnabled(true);
        m_formStatus->setText(tr("Not saved: %1").arg(failures.join(QLatin1Char(' '))));
        m_formStatusIsError = true;
        m_formStatus->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorTextColour().name()));
        m_formStatus->show();
        return;
    }
    const bool wasActive = !m_originalName.isEmpty() && m_profiles.activeName() == m_originalName;
    m_profiles.save(profile);
    if (!m_originalName.isEmpty() && m_originalName != profile.name)
        m_profiles.remove(m_originalName); // a rename; the keychain entries keep their names
    if (wasActive || m_profiles.activeName().isEmpty())
        m_profiles.setActiveName(profile.name);

    // The typed values are in the keychain now; drop them from the widgets.
    for (auto it = m_upstreams.begin(); it != m_upstreams.end(); ++it)
        it->secret->clear();
    m_pgPassword->clear();
    m_originalName = profile.name;
    m_loaded = profile;
    m_saveButton->setEnabled(true);
    m_formStatus->hide();
    emit profileSaved(profile.name);
    accept();
}

void ProfileEditorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Measured once styled (the style sheet changes the size hints), so number fields line up.
    for (const QList<QWidget*>& group : std::as_const(m_equalWidthGroups))
        equalizeWidths(group);
}

void ProfileEditorDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || m_recolouring)
        return;
    // The theme changed while the dialog is open: error texts take the red made for the new background.
    m_recolouring = true;
    const QString sheet = QStringLiteral("QLabel { color: %1; }").arg(errorTextColour().name());
    for (const FieldError& e : std::as_const(m_fieldErrors))
        e.label->setStyleSheet(sheet);
    if (m_formStatusIsError)
        m_formStatus->setStyleSheet(sheet);
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem* item = m_sections->item(i);
        if (item->font().bold())
            item->setForeground(errorTextColour());
    }
    m_recolouring = false;
}

void ProfileEditorDialog::reject()
{
    // Answers that arrive after Cancel change nothing.
    ++m_saveGeneration;
    m_saveButton->setEnabled(true);
    resetTests();
    QDialog::reject();
}

// ------------------------------------------------------------------------------------------------ tests

void ProfileEditorDialog::testUpstream(const QString& upstream)
{
    UpstreamFields& f = m_upstreams[upstream];
    const quint64 generation = ++f.testGeneration;
    f.testButton->setEnabled(false);
    f.testButton->setText(tr("Testing…"));
    f.testResult->setRunning();

    UpstreamCheck::Input input;
    input.upstream = upstream;
    input.config.enabled = f.enabled->isChecked();
    input.config.url = QUrl(f.url->text().trimmed(), QUrl::StrictMode);
    if (!f.url->text().trimmed().isEmpty() && !input.config.url.isValid())
        input.config.url = QUrl(f.url->text().trimmed(), QUrl::TolerantMode); // the check says what is wrong
    input.config.timeoutMs = f.timeout->value();
    if (f.mauticTenant)
        input.mauticTenant = f.mauticTenant->text().trimmed();

    const QByteArray typed = f.secret->text().toUtf8();
    const QString explicitName = f.secretName->text().trimmed();
    const bool canRead = !explicitName.isEmpty() || !m_name->text().trimmed().isEmpty();
    if (!typed.isEmpty() || !canRead) {
        input.secret = typed;
        runUpstreamCheck(upstream, generation, input);
        return;
    }
    // The field is empty: test with what the keychain holds, without showing it.
    const QString name = secretNameFor(f);
    m_secrets.readSecret(
        name, this, [this, upstream, generation, input, name](Result<QByteArray, SecretError> secret) mutable {
            if (generation != m_upstreams[upstream].testGeneration)
                return;
            if (secret.hasValue()) {
                input.secret = secret.value();
            } else if (secret.error().kind != SecretError::Kind::NotFound) {
                UpstreamFields& fields = m_upstreams[upstream];
                fields.testButton->setEnabled(true);
                fields.testButton->setText(tr("&Test"));
                fields.testResult->setFailed(secret.error().toDisplayString(name));
                return;
            }
            runUpstreamCheck(upstream, generation, input);
        });
}

void ProfileEditorDialog::runUpstreamCheck(
    const QString& upstream, quint64 generation, const UpstreamCheck::Input& input)
{
    const bool warning = UpstreamCheck::keyWarning(upstream, input.secret).has_value();
    auto finish = [this, upstream, generation, warning](Result<QString> result) {
        if (generation != m_upstreams[upstream].testGeneration)
            return;
        UpstreamFields& f = m_upstreams[upstream];
        f.testButton->setEnabled(true);
        f.testButton->setText(tr("&Test"));
        if (!result)
            f.testResult->setFailed(result.error().toDisplayString());
        else if (warning)
            f.testResult->setWarning(result.value());
        else
            f.testResult->setPassed(result.value());
    };

    // The shared client carries the active profile's transport rules; test this form's rules when they differ.
    const bool allowInsecure = m_allowInsecureHttp->isChecked();
    const QString caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (allowInsecure == m_http.allowInsecureHttp() && caFile.isEmpty() && m_loaded.caPem.isEmpty()) {
        UpstreamCheck(&m_http).run(input, this, finish);
        return;
    }
    QtConcurrent::run(loadCertificates, caFile, m_loaded.caPem)
        .then(this, [this, upstream, generation, input, allowInsecure, finish](const CertificateLoad& loaded) {
            if (generation != m_upstreams[upstream].testGeneration)
                return;
            if (!loaded.error.isEmpty()) {
                ApiError error = ApiError::make(ApiError::Kind::Config, loaded.error);
                error.source = tr("The extra CA file");
                finish(Result<QString>::failure(error));
                return;
            }
            if (!m_ownHttp)
                m_ownHttp = new HttpClient(this);
            m_ownHttp->setAllowInsecureHttp(allowInsecure);
            m_ownHttp->setExtraCaCertificates(loaded.certificates);
            UpstreamCheck(m_ownHttp).run(input, this, finish);
        });
}

void ProfileEditorDialog::testRegistry()
{
    const quint64 generation = ++m_registryTestGeneration;
    m_registryTestButton->setEnabled(false);
    m_registryTestButton->setText(tr("Testing…"));
    m_registryTestResult->setRunning();

    RegistryConnection connection = profileFromFields().registry;
    if (!connection.isPostgres()) {
        if (connection.path.isEmpty())
            connection.path = ConnectionProfile().effectiveRegistryPath();
        openRegistryForTest(generation, connection);
        return;
    }
    if (!m_pgPassword->text().isEmpty()) {
        connection.password = m_pgPassword->text();
        openRegistryForTest(generation, connection);
        return;
    }
    const QString name = registrySecretName();
    m_secrets.readSecret(
        name, this, [this, generation, connection, name](Result<QByteArray, SecretError> secret) mutable {
            if (generation != m_registryTestGeneration)
                return;
            if (secret.hasValue())
                connection.password = QString::fromUtf8(secret.value());
            else if (secret.error().kind != SecretError::Kind::NotFound)
                return finishRegistryTest(generation, secret.error().toDisplayString(name), false, {});
            openRegistryForTest(generation, connection);
        });
}

void ProfileEditorDialog::openRegistryForTest(quint64 generation, RegistryConnection connection)
{
    if (!m_storeWorker)
        m_storeWorker = new StoreWorker(this);
    auto open = [this, generation, connection](bool existed) {
        if (generation != m_registryTestGeneration)
            return;
        m_storeWorker->openRegistry(connection, actorName(), this,
            [this, generation, existed, postgres = connection.isPostgres()](
                Result<StoreWorker::RegistryInfo, StoreError> opened) {
                if (!opened)
                    return finishRegistryTest(generation, opened.error().toDisplayString(), false, {});
                const StoreWorker::RegistryInfo& info = opened.value();
                QString sentence = info.readOnly
                    ? tr("Opened %1: read-only, schema version %2. Fleetdeck can show the clients but not change "
                         "them over this connection.")
                          .arg(info.displayName)
                          .arg(info.schemaVersion)
                    : tr("Opened %1: read-write, schema version %2.").arg(info.displayName).arg(info.schemaVersion);
                if (!postgres && !existed)
                    sentence += QLatin1Char(' ') + tr("There was no registry there, so an empty one was created.");
                finishRegistryTest(generation, {}, true, sentence);
            });
    };
    if (connection.isPostgres()) {
        open(true);
        return;
    }
    // Whether the file exists already (the test creates an empty registry otherwise): a disk question.
    QtConcurrent::run([path = connection.path] { return QFileInfo::exists(path); }).then(this, open);
}

void ProfileEditorDialog::finishRegistryTest(
    quint64 generation, const QString& failure, bool passed, const QString& sentence)
{
    if (generation != m_registryTestGeneration)
        return;
    m_registryTestButton->setEnabled(true);
    m_registryTestButton->setText(tr("&Test"));
    if (passed)
        m_registryTestResult->setPassed(sentence);
    else
        m_registryTestResult->setFailed(failure);
}

// --------------------------------------------------------------------------------------------- pickers

void ProfileEditorDialog::browseRegistryFile()
{
    auto* dialog = new QFileDialog(this, tr("Registry file"));
    dialog->setObjectName(QStringLiteral("registryFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave); // an existing file, or where a new one goes
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilters({tr("SQLite databases (*.sqlite *.db)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    const QString current = m_registryPath->text().trimmed().isEmpty()
        ? ConnectionProfile().effectiveRegistryPath()
        : QDir::fromNativeSeparators(m_registryPath->text().trimmed());
    dialog->selectFile(current);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString& file) { m_registryPath->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void ProfileEditorDialog::browseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("Extra CA certificates"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    if (!m_caFile->text().trimmed().isEmpty())
        dialog->selectFile(QDir::fromNativeSeparators(m_caFile->text().trimmed()));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString& file) { m_caFile->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

} // namespace Fleetdeck
