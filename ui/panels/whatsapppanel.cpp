#include "ui/panels/whatsapppanel.h"

#include "core/connectors/evolution/evolutionclient.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/store/registry.h"
#include "core/store/storeworker.h"
#include "ui/dialogs/dialogstyle.h"
#include "ui/dialogs/whatsapppairingdialog.h"
#include "ui/theme.h"
#include "ui/widgets/banner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Fleetdeck {

WhatsAppPanel::WhatsAppPanel(const ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new WhatsAppTableModel(context.whatsApp, context.fleet, this))
    , m_proxy(new WhatsAppFilterProxy(this))
    , m_subtitle(new QLabel(this))
    , m_banner(new Banner(this))
    , m_result(new Banner(this))
    , m_search(new QLineEdit(this))
    , m_scopes(new QButtonGroup(this))
    , m_count(new QLabel(this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_pair(new QPushButton(tr("&Pair…"), this))
    , m_restart(new QPushButton(tr("&Restart"), this))
    , m_logout(new QPushButton(tr("&Log out…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_message(new QPushButton(tr("Send &test message…"), this))
    , m_assign(new QPushButton(tr("&Assign to client…"), this))
    , m_open(new QPushButton(tr("&Open client"), this))
{
    setObjectName(QStringLiteral("whatsAppPanel"));
    m_proxy->setSourceModel(m_model);
    m_banner->setObjectName(QStringLiteral("whatsAppBanner"));
    m_result->setObjectName(QStringLiteral("whatsAppResult"));

    auto* title = new QLabel(tr("WhatsApp"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_subtitle->setObjectName(QStringLiteral("panelSubtitle"));

    m_search->setObjectName(QStringLiteral("whatsAppSearch"));
    m_search->setPlaceholderText(tr("Search clients, instances, numbers…"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("muted"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 2);
    filters->addSpacing(10);
    using Scope = WhatsAppFilterProxy::Scope;
    const QList<std::tuple<Scope, const char*, QString>> scopes = {{Scope::All, "scopeAll", tr("All")},
        {Scope::Connected, "scopeConnected", tr("Connected")}, {Scope::Waiting, "scopeWaiting", tr("Waiting")},
        {Scope::Disconnected, "scopeDisconnected", tr("Disconnected")},
        {Scope::Unassigned, "scopeUnassigned", tr("Not assigned")}};
    for (const auto& [scope, name, text] : scopes) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        m_scopes->addButton(button, int(scope));
        filters->addWidget(button);
    }
    m_scopes->button(int(Scope::Waiting))->setToolTip(tr("Pairing, never paired, logged out, or not loaded"));
    m_scopes->button(int(Scope::Disconnected))
        ->setToolTip(tr("Was connected and is not, or says it is connected while sending fails"));
    m_scopes->button(int(Scope::All))->setChecked(true);
    filters->addSpacing(10);
    filters->addWidget(m_count);
    filters->addStretch(1);

    m_view->setObjectName(QStringLiteral("whatsAppView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WhatsAppTableModel::StateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->installEventFilter(this);
    const int charWidth = fontMetrics().averageCharWidth();
    QFont headerFont = font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(headerFont);
    const QList<std::pair<int, int>> widths = {{WhatsAppTableModel::ClientColumn, 24},
        {WhatsAppTableModel::InstanceColumn, 18}, {WhatsAppTableModel::StateColumn, 22},
        {WhatsAppTableModel::PhoneColumn, 20}, {WhatsAppTableModel::ProfileColumn, 18},
        {WhatsAppTableModel::MessagesColumn, 9}, {WhatsAppTableModel::ContactsColumn, 9},
        {WhatsAppTableModel::ChatsColumn, 7}};
    for (const auto& [column, chars] : widths) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(charWidth * chars, headerMetrics.horizontalAdvance(header) + 34));
    }

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    const QList<std::tuple<QPushButton*, const char*, QString>> actions = {
        {m_pair, "pairButton", tr("Show the QR code to link this number (P)")},
        {m_restart, "restartButton", tr("Restart the WhatsApp connection (R)")},
        {m_logout, "logoutButton", tr("Unlink the phone; the instance stays and can be paired again (L)")},
        {m_delete, "deleteButton", tr("Delete the instance from Evolution API (Del)")},
        {m_message, "messageButton", tr("Send a text message to check that sending works (T)")},
        {m_assign, "assignButton", tr("Name this instance in a client's record (A)")},
        {m_open, "openButton", tr("Open the client (Enter)")}};
    auto* actionRow = new QHBoxLayout;
    actionRow->setSpacing(8);
    for (const auto& [button, name, tip] : actions) {
        button->setObjectName(QLatin1String(name));
        button->setToolTip(tip);
        actionRow->addWidget(button);
        if (button == m_delete)
            actionRow->addSpacing(12);
    }
    actionRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(m_subtitle);
    layout->addLayout(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_result);
    layout->addLayout(filters);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(actionRow);
    m_result->hide();

    connect(m_search, &QLineEdit::textChanged, this, &WhatsAppPanel::setSearchText);
    connect(m_scopes, &QButtonGroup::idClicked, this, [this](int id) { setScope(static_cast<Scope>(id)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WhatsAppPanel::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &WhatsAppPanel::openSelectedClient);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &WhatsAppPanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WhatsAppPanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WhatsAppPanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &WhatsAppPanel::updateActions);
    connect(m_pair, &QPushButton::clicked, this, &WhatsAppPanel::pairSelected);
    connect(m_restart, &QPushButton::clicked, this, &WhatsAppPanel::restartSelected);
    connect(m_logout, &QPushButton::clicked, this, &WhatsAppPanel::logoutSelected);
    connect(m_delete, &QPushButton::clicked, this, &WhatsAppPanel::deleteSelected);
    connect(m_message, &QPushButton::clicked, this, &WhatsAppPanel::sendTestMessage);
    connect(m_assign, &QPushButton::clicked, this, &WhatsAppPanel::assignSelected);
    connect(m_open, &QPushButton::clicked, this, &WhatsAppPanel::openSelectedClient);
    if (m_context.whatsApp)
        connect(m_context.whatsApp, &WhatsAppMonitor::updated, this, &WhatsAppPanel::updateHeader);
    if (m_context.fleet)
        connect(m_context.fleet, &FleetState::sourcesChanged, this, &WhatsAppPanel::updateHeader);
    m_clock.setInterval(30 * 1000); // "checked 2 min ago" keeps moving
    connect(&m_clock, &QTimer::timeout, this, &WhatsAppPanel::updateHeader);
    m_clock.start();
    updateHeader();
}

QString WhatsAppPanel::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString WhatsAppPanel::resultText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : QString();
}

void WhatsAppPanel::setScope(WhatsAppFilterProxy::Scope scope)
{
    if (QAbstractButton* button = m_scopes->button(int(scope)))
        button->setChecked(true);
    m_proxy->setScope(scope);
    updateHeader();
}

void WhatsAppPanel::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setSearchText(text);
    updateHeader();
}

bool WhatsAppPanel::selectInstance(const QString& instance)
{
    const int row = m_model->rowOf(instance);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        setSearchText({});
        setScope(WhatsAppFilterProxy::Scope::All);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

QString WhatsAppPanel::selectedInstance() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(WhatsAppTableModel::InstanceRole).toString() : QString();
}

const WhatsAppStatus* WhatsAppPanel::selected() const
{
    const QString name = selectedInstance();
    return name.isEmpty() || !m_context.whatsApp ? nullptr : m_context.whatsApp->instance(name);
}

QString WhatsAppPanel::clientName(const WhatsAppStatus& status) const
{
    if (!status.tenantSlug.isEmpty() && m_context.fleet) {
        if (const Tenant* tenant = m_context.fleet->tenant(status.tenantSlug))
            return tenant->name;
    }
    return status.instance.name;
}

void WhatsAppPanel::updateHeader()
{
    WhatsAppMonitor* monitor = m_context.whatsApp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const bool configured = monitor && monitor->isConfigured();
    if (!configured) {
        m_subtitle->setText(tr("Evolution API is not set up in this profile."));
        m_banner->showMessage(Banner::Kind::Info,
            tr("Add the Evolution API server's URL and the name of its API key under File → Profiles, then store the "
               "key in the keychain; Fleetdeck then lists every WhatsApp number here."));
    } else {
        const WhatsAppSummary counts = monitor->counts();
        const int waiting = counts.waiting + counts.unknown;
        QStringList parts{tr("%Ln connected", nullptr, counts.connected), tr("%Ln waiting", nullptr, waiting),
            tr("%Ln disconnected", nullptr, counts.disconnected)};
        if (counts.unassigned > 0)
            parts << tr("%Ln not assigned to a client", nullptr, counts.unassigned);
        if (monitor->knownAt().isValid())
            parts << tr("checked %1").arg(StatusReport::ageText(monitor->knownAt(), now));
        m_subtitle->setText(parts.join(QStringLiteral(" · ")));
        if (!monitor->error().isEmpty()) {
            m_banner->showMessage(Banner::Kind::Error,
                monitor->knownAt().isValid()
                    ? tr("%1 The list shows what was known %2.")
                          .arg(monitor->error(), StatusReport::ageText(monitor->knownAt(), now))
                    : monitor->error());
        } else if (!monitor->inventoryAt().isValid() && monitor->knownAt().isValid()) {
            m_banner->showMessage(Banner::Kind::Info,
                tr("Showing the last known state from %1; asking Evolution API…")
                    .arg(StatusReport::ageText(monitor->knownAt(), now)));
        } else if (!monitor->inventoryAt().isValid()) {
            m_banner->showMessage(Banner::Kind::Info, tr("Asking Evolution API for its instances…"));
        } else {
            m_banner->showMessage(Banner::Kind::Info, QString());
        }
    }
    m_banner->setVisible(!m_banner->text().isEmpty());

    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n instance(s)", nullptr, total)
                                    : tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
    if (total == 0) {
        m_empty->setText(configured && monitor->knownAt().isValid()
                ? tr("Evolution API has no instances yet. Create one for a client on the server (its manager), name "
                     "it in the client's record, then pair it here.")
                : tr("No WhatsApp instances are known yet."));
        m_listStack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No instance matches this filter. Choose \"All\" or clear the search."));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_view);
    }
    updateActions();
}

void WhatsAppPanel::updateActions()
{
    const WhatsAppStatus* status = selected();
    const bool configured = m_context.whatsApp && m_context.whatsApp->isConfigured();
    const bool any = status && configured;
    const bool open = any && status->state == WhatsAppState::Open;
    m_pair->setEnabled(any && status->state != WhatsAppState::Open);
    m_restart->setEnabled(any && status->state != WhatsAppState::Close);
    m_logout->setEnabled(any && status->state != WhatsAppState::Close);
    m_delete->setEnabled(any);
    m_message->setEnabled(open);
    const bool readOnly = m_context.isReadOnly && m_context.isReadOnly();
    m_assign->setVisible(status && status->tenantSlug.isEmpty());
    m_assign->setEnabled(status && status->tenantSlug.isEmpty() && !readOnly && m_context.store);
    m_assign->setToolTip(
        readOnly ? tr("The registry is read-only for you") : tr("Name this instance in a client's record (A)"));
    m_open->setEnabled(status && !status->tenantSlug.isEmpty());
    if (status && status->state == WhatsAppState::Open)
        m_pair->setToolTip(tr("Already connected"));
    else
        m_pair->setToolTip(tr("Show the QR code to link this number (P)"));
}

void WhatsAppPanel::showResult(bool ok, const QString& text)
{
    m_result->showMessage(ok ? Banner::Kind::Info : Banner::Kind::Error, text);
    m_result->setVisible(!text.isEmpty());
}

bool WhatsAppPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        const QList<std::pair<int, QPushButton*>> keys = {{Qt::Key_P, m_pair}, {Qt::Key_R, m_restart},
            {Qt::Key_L, m_logout}, {Qt::Key_Delete, m_delete}, {Qt::Key_T, m_message}, {Qt::Key_A, m_assign},
            {Qt::Key_Return, m_open}, {Qt::Key_Enter, m_open}};
        for (const auto& [code, button] : keys) {
            if (key->key() == code) {
                if (button->isEnabled() && button->isVisible())
                    button->click();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WhatsAppPanel::pairSelected()
{
    const WhatsAppStatus* status = selected();
    if (!status || !m_context.whatsApp || !m_context.whatsApp->client())
        return;
    if (m_pairingDialog)
        m_pairingDialog->close();
    WhatsAppPairing::Options options;
    options.qrLimit = m_context.whatsAppQrLimit > 0 ? m_context.whatsAppQrLimit : 30;
    const QString who = clientName(*status);
    auto* dialog = new WhatsAppPairingDialog(
        m_context.whatsApp->client(), m_context.whatsApp, status->instance.name, who, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.simulateWhatsAppScan)
        dialog->setSimulatedScan(m_context.simulateWhatsAppScan);
    m_pairingDialog = dialog;
    connect(dialog, &WhatsAppPairingDialog::paired, this,
        [this, who](const QString& instance, const QString& phone, const QString& profileName) {
            const QString number = phone.isEmpty() ? tr("its number") : QStringLiteral("+") + phone;
            showResult(true,
                profileName.isEmpty() ? tr("WhatsApp of %1 is connected: %2.").arg(who, number)
                                      : tr("WhatsApp of %1 is connected: %2 (%3).").arg(who, number, profileName));
            selectInstance(instance);
        });
    dialog->open();
    dialog->start();
}

void WhatsAppPanel::restartSelected()
{
    const WhatsAppStatus* status = selected();
    if (!status || !m_context.whatsApp || !m_context.whatsApp->client())
        return;
    const QString name = status->instance.name;
    const QString who = clientName(*status);
    m_restart->setEnabled(false);
    showResult(true, tr("Restarting the WhatsApp connection of %1…").arg(who));
    QPointer<WhatsAppMonitor> monitor = m_context.whatsApp;
    monitor->client()->restart(name, this, [this, monitor, name, who](Result<WhatsAppConnectAnswer> answer) {
        updateActions();
        if (!answer) {
            if (monitor)
                monitor->noteCallFailed(name, answer.error());
            showResult(false,
                EvolutionClient::isConnectionClosed(answer.error())
                    ? tr("%1's WhatsApp says it is connected, but the connection is closed. Log it out and pair it "
                         "again.")
                          .arg(who)
                    : tr("Could not restart %1: %2").arg(who, answer.error().toDisplayString()));
            return;
        }
        if (answer->kind == WhatsAppConnectAnswer::Kind::SoftError) {
            showResult(false,
                tr("Evolution API could not restart %1 (it said \"%2\"); the instance is not connected. "
                   "Pair it instead.")
                    .arg(who, answer->error));
            return;
        }
        if (monitor) {
            monitor->noteCallSucceeded(name);
            monitor->refresh();
        }
        showResult(true,
            answer->kind == WhatsAppConnectAnswer::Kind::Open
                ? tr("%1's WhatsApp restarted and is connected.").arg(who)
                : tr("%1's WhatsApp restarted; it needs to be paired again.").arg(who));
    });
}

void WhatsAppPanel::logoutSelected()
{
    const WhatsAppStatus* status = selected();
    if (!status || !m_context.whatsApp || !m_context.whatsApp->client())
        return;
    const QString name = status->instance.name;
    const QString who = clientName(*status);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Log out WhatsApp"),
        tr("Unlink %1 from %2's WhatsApp? Messages stop until someone pairs a phone again.")
            .arg(status->instance.phone.isEmpty() ? name : QStringLiteral("+") + status->instance.phone, who),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("logoutConfirmation"));
    QPushButton* confirm = box->addButton(tr("Log out"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<WhatsAppMonitor> monitor = m_context.whatsApp;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, confirm, monitor, name, who](QAbstractButton* button) {
        if (button != confirm || !monitor)
            return;
        showResult(true, tr("Logging out %1…").arg(who));
        monitor->client()->logout(name, this, [this, monitor, name, who](Result<QString> done) {
            if (!done) {
                if (monitor)
                    monitor->noteCallFailed(name, done.error());
                showResult(false, tr("Could not log out %1: %2").arg(who, done.error().toDisplayString()));
                return;
            }
            if (monitor)
                monitor->noteLoggedOut(name);
            showResult(true, tr("%1's WhatsApp is logged out; pair it again when the phone is at hand.").arg(who));
        });
    });
    box->open();
}

void WhatsAppPanel::deleteSelected()
{
    const WhatsAppStatus* status = selected();
    if (!status || !m_context.whatsApp || !m_context.whatsApp->client())
        return;
    const QString name = status->instance.name;
    const QString who = clientName(*status);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("deleteConfirmation"));
    dialog->setWindowTitle(tr("Delete WhatsApp instance"));
    dialog->setStyleSheet(DialogStyle::styleSheet());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* text = new QLabel(tr("This deletes the instance \"%1\" (%2) from Evolution API: the phone is unlinked and "
                               "its stored messages, contacts and chats go with it. It cannot be undone.\n\nType the "
                               "instance's name to confirm.")
                                .arg(name, who),
        dialog);
    text->setWordWrap(true);
    auto* typed = new QLineEdit(dialog);
    typed->setObjectName(QStringLiteral("confirmName"));
    typed->setPlaceholderText(name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* confirm = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    confirm->setEnabled(false);
    connect(typed, &QLineEdit::textChanged, confirm,
        [confirm, name](const QString& value) { confirm->setEnabled(value.trimmed() == name); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(text);
    layout->addWidget(typed);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(440);
    QPointer<WhatsAppMonitor> monitor = m_context.whatsApp;
    connect(dialog, &QDialog::accepted, this, [this, monitor, name, who] {
        if (!monitor)
            return;
        showResult(true, tr("Deleting %1…").arg(name));
        monitor->client()->remove(name, this, [this, monitor, name, who](Result<QString> done) {
            if (!done) {
                showResult(false, tr("Could not delete %1: %2").arg(name, done.error().toDisplayString()));
                return;
            }
            if (monitor)
                monitor->noteDeleted(name);
            showResult(true,
                tr("The instance %1 (%2) is deleted; Evolution API removes it in the background.").arg(name, who));
        });
    });
    dialog->open();
}

void WhatsAppPanel::sendTestMessage()
{
    const WhatsAppStatus* status = selected();
    if (!status || !m_context.whatsApp || !m_context.whatsApp->client())
        return;
    const QString name = status->instance.name;
    const QString who = clientName(*status);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("testMessageDialog"));
    dialog->setWindowTitle(tr("Send a test message"));
    dialog->setStyleSheet(DialogStyle::styleSheet());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* number = new QLineEdit(dialog);
    number->setObjectName(QStringLiteral("testNumber"));
    number->setPlaceholderText(tr("digits with country code, e.g. 5511988887777"));
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("testText"));
    text->setPlainText(tr("Test message from Fleetdeck: the WhatsApp of %1 can send.").arg(who));
    text->setFixedHeight(fontMetrics().height() * 5);
    auto* result = new QLabel(dialog);
    result->setObjectName(QStringLiteral("testResult"));
    result->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&To"), number);
    form->addRow(tr("&Message"), text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(new QLabel(
        tr("From %1 (%2)")
            .arg(who, status->instance.phone.isEmpty() ? name : QStringLiteral("+") + status->instance.phone),
        dialog));
    layout->addLayout(form);
    layout->addWidget(result);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460);
    QPointer<WhatsAppMonitor> monitor = m_context.whatsApp;
    connect(send, &QPushButton::clicked, dialog, [dialog, monitor, name, number, text, result, send] {
        if (!monitor)
            return;
        if (text->toPlainText().trimmed().isEmpty()) {
            result->setText(tr("Write a message first."));
            return;
        }
        send->setEnabled(false);
        result->setStyleSheet(QString());
        result->setText(tr("Sending…"));
        monitor->client()->sendText(name, number->text(), text->toPlainText(), dialog,
            [monitor, name, number, result, send](Result<WhatsAppSentMessage> sent) {
                send->setEnabled(true);
                if (sent) {
                    if (monitor)
                        monitor->noteCallSucceeded(name);
                    result->setStyleSheet(QStringLiteral("color:%1").arg(Theme::stateColor(HealthState::Up).name()));
                    result->setText(tr("Sent to %1 (status %2).")
                                        .arg(EvolutionDecoder::phoneFromJid(sent->remoteJid), sent->status));
                    return;
                }
                if (monitor)
                    monitor->noteCallFailed(name, sent.error());
                result->setStyleSheet(QStringLiteral("color:%1").arg(DialogStyle::errorText().name()));
                const QString missing = EvolutionClient::numberNotOnWhatsApp(sent.error());
                if (!missing.isEmpty())
                    result->setText(
                        tr("+%1 is not on WhatsApp. Check the number: country code first, digits only.").arg(missing));
                else if (EvolutionClient::isConnectionClosed(sent.error()))
                    result->setText(tr("Not sent: the instance says it is connected, but WhatsApp closed the "
                                       "connection. Restart it; if that fails, log it out and pair it again."));
                else
                    result->setText(tr("Not sent: %1").arg(sent.error().toDisplayString()));
                number->setFocus();
            });
    });
    dialog->open();
    number->setFocus();
}

void WhatsAppPanel::assignSelected()
{
    const WhatsAppStatus* status = selected();
    if (!status || !status->tenantSlug.isEmpty() || !m_context.fleet || !m_context.store)
        return;
    const QString name = status->instance.name;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("assignDialog"));
    dialog->setWindowTitle(tr("Assign to a client"));
    dialog->setStyleSheet(DialogStyle::styleSheet());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* clients = new QComboBox(dialog);
    clients->setObjectName(QStringLiteral("assignClient"));
    // Clients without an instance first: the likely owners.
    QList<const Tenant*> without;
    QList<const Tenant*> with;
    for (const Tenant& tenant : m_context.fleet->tenants())
        (tenant.endpointValue(TenantEndpoint::Kind::EvolutionInstance).isEmpty() ? without : with) << &tenant;
    for (const Tenant* tenant : std::as_const(without))
        clients->addItem(tenant->name, tenant->slug);
    if (!without.isEmpty() && !with.isEmpty())
        clients->insertSeparator(clients->count());
    for (const Tenant* tenant : std::as_const(with))
        clients->addItem(
            tr("%1 (replaces %2)").arg(tenant->name, tenant->endpointValue(TenantEndpoint::Kind::EvolutionInstance)),
            tenant->slug);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(clients->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    auto* text = new QLabel(
        tr("Which client does the WhatsApp instance \"%1\" belong to? Its record in the registry names the instance, "
           "so its alerts and status carry the client's name.")
            .arg(name),
        dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addWidget(clients);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(440);
    connect(dialog, &QDialog::accepted, this, [this, clients, name] {
        const QString slug = clients->currentData().toString();
        if (slug.isEmpty())
            return;
        showResult(true, tr("Assigning %1…").arg(name));
        m_context.store->withRegistry<Result<Done, StoreError>>(
            [slug, name](Registry& registry) -> Result<Done, StoreError> {
                Result<Tenant, StoreError> found = registry.tenant(slug);
                if (!found)
                    return Result<Done, StoreError>::failure(found.error());
                Tenant tenant = found.value();
                tenant.endpoints.removeIf([](const TenantEndpoint& endpoint) {
                    return endpoint.kind == TenantEndpoint::Kind::EvolutionInstance;
                });
                tenant.endpoints.append({TenantEndpoint::Kind::EvolutionInstance, name});
                return registry.updateTenant(tenant);
            },
            Result<Done, StoreError>::failure(StoreWorker::notOpen(tr("the registry"))), this,
            [this, name, slug](Result<Done, StoreError> done) {
                if (!done) {
                    showResult(false, tr("Could not assign %1: %2").arg(name, done.error().toDisplayString()));
                    return;
                }
                const Tenant* tenant = m_context.fleet ? m_context.fleet->tenant(slug) : nullptr;
                showResult(true, tr("%1 now belongs to %2.").arg(name, tenant ? tenant->name : slug));
                if (m_context.reloadFleet)
                    m_context.reloadFleet([](Result<int, QString>) {});
            });
    });
    dialog->open();
}

void WhatsAppPanel::openSelectedClient()
{
    const WhatsAppStatus* status = selected();
    if (status && !status->tenantSlug.isEmpty())
        emit tenantRequested(status->tenantSlug);
}

} // namespace Fleetdeck
