#include "ui/dialogs/whatsapppairingdialog.h"

#include "core/connectors/evolution/evolutionclient.h"
#include "ui/dialogs/dialogstyle.h"
#include "ui/theme.h"
#include "ui/widgets/qrcodeimage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Fleetdeck {

namespace {

constexpr int kQrTargetPixels = 360; // comfortably scannable from a phone held at arm's length

enum Page
{
    QrPage,
    WaitingPage,
    NumberPage,
    EndPage,
};

enum Mode
{
    QrMode,
    NumberMode,
};

} // namespace

WhatsAppPairingDialog::WhatsAppPairingDialog(EvolutionClient* client, WhatsAppMonitor* monitor, const QString& instance,
    const QString& who, WhatsAppPairing::Options options, QWidget* parent)
    : QDialog(parent)
    , m_pairing(new WhatsAppPairing(client, monitor, options, this))
    , m_instance(instance)
    , m_title(new QLabel(this))
    , m_modes(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_qr(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_getCode(new QPushButton(tr("&Get code"), this))
    , m_pairingCode(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_restart(new QPushButton(tr("&Start again"), this))
{
    setObjectName(QStringLiteral("whatsAppPairingDialog"));
    setWindowTitle(tr("Pair WhatsApp"));
    setStyleSheet(DialogStyle::styleSheet());
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_title->setWordWrap(true);
    m_title->setText(who.isEmpty() ? tr("Pair WhatsApp: %1").arg(instance) : tr("Pair WhatsApp: %1").arg(who));
    auto* subtitle = new QLabel(tr("Evolution instance %1").arg(instance), this);
    subtitle->setObjectName(QStringLiteral("panelSubtitle"));

    auto* modeRow = new QHBoxLayout;
    modeRow->setSpacing(6);
    const QList<std::pair<Mode, QString>> modes = {
        {QrMode, tr("QR code")}, {NumberMode, tr("Code for a phone number")}};
    for (const auto& [mode, text] : modes) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(mode == QrMode ? QStringLiteral("modeQr") : QStringLiteral("modeNumber"));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(text) + 40); // room for the segment's padding
        m_modes->addButton(button, mode);
        modeRow->addWidget(button);
    }
    m_modes->button(QrMode)->setChecked(true);
    modeRow->addStretch(1);

    // QR page: the code, big, black on white whatever the theme.
    auto* qrPage = new QWidget(this);
    auto* qrLayout = new QVBoxLayout(qrPage);
    qrLayout->setContentsMargins(0, 0, 0, 0);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setFixedSize(kQrTargetPixels + 24, kQrTargetPixels + 24); // the code and a white margin, always
    m_qr->setStyleSheet(QStringLiteral("background:#ffffff; border-radius:6px;"));
    qrLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    // Under the pages, not inside one: a wrapped label inside a stacked page is not given its height.
    m_qrHint = DialogStyle::hint(
        tr("On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at the code."));
    m_qrHint->setAlignment(Qt::AlignCenter);

    auto* waitingPage = new QWidget(this);
    auto* waitingLayout = new QVBoxLayout(waitingPage);
    m_waiting->setObjectName(QStringLiteral("emptyState"));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setWordWrap(true);
    m_waiting->setMinimumHeight(kQrTargetPixels);
    waitingLayout->addWidget(m_waiting);

    auto* numberPage = new QWidget(this);
    auto* numberLayout = new QVBoxLayout(numberPage);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(DialogStyle::hint(
        tr("When the phone cannot scan: enter its WhatsApp number with the country code, then type the code on the "
           "phone under WhatsApp → Linked devices → Link a device → Link with phone number instead.")));
    auto* numberRow = new QHBoxLayout;
    m_number->setObjectName(QStringLiteral("pairingNumber"));
    m_number->setPlaceholderText(tr("e.g. +55 11 99999 0000"));
    m_number->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+0-9 ()\\-]{0,24}")), m_number));
    m_getCode->setObjectName(QStringLiteral("getCode"));
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_getCode);
    numberLayout->addLayout(numberRow);
    m_pairingCode->setObjectName(QStringLiteral("pairingCode"));
    m_pairingCode->setAlignment(Qt::AlignCenter);
    m_pairingCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setWeight(QFont::DemiBold);
    big.setLetterSpacing(QFont::PercentageSpacing, 115);
    big.setStyleHint(QFont::Monospace);
    big.setFamily(QStringLiteral("monospace"));
    m_pairingCode->setFont(big);
    m_pairingCode->setMinimumHeight(120);
    numberLayout->addWidget(m_pairingCode, 1);

    auto* endPage = new QWidget(this);
    auto* endLayout = new QVBoxLayout(endPage);
    m_message->setObjectName(QStringLiteral("pairingMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(160);
    endLayout->addStretch(1);
    endLayout->addWidget(m_message);
    endLayout->addStretch(1);

    m_pages->addWidget(qrPage);
    m_pages->addWidget(waitingPage);
    m_pages->addWidget(numberPage);
    m_pages->addWidget(endPage);

    m_status->setObjectName(QStringLiteral("pairingStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restart->setObjectName(QStringLiteral("startAgain"));
    buttons->addButton(m_restart, QDialogButtonBox::ActionRole);
    m_simulatedScan = new QPushButton(tr("Scan with the demo phone"), this);
    m_simulatedScan->setObjectName(QStringLiteral("simulatedScan"));
    m_simulatedScan->setToolTip(tr("Demo only: the simulated phone scans the code on screen"));
    m_simulatedScan->hide();
    buttons->addButton(m_simulatedScan, QDialogButtonBox::ActionRole);
    connect(m_simulatedScan, &QPushButton::clicked, this, [this] {
        if (!m_scan || m_pairing->phase() != WhatsAppPairing::Phase::ShowingCode)
            return;
        const WhatsAppConnectAnswer& code = m_pairing->current();
        m_simulatedScan->setEnabled(false);
        QPointer<WhatsAppPairingDialog> self(this);
        m_scan(m_instance, code.code.isEmpty() ? code.pairingCode : code.code, [self](const QString& error) {
            if (!self)
                return;
            self->m_simulatedScan->setEnabled(true);
            if (!error.isEmpty())
                self->m_status->setText(error);
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(subtitle);
    layout->addLayout(modeRow);
    // The pages' wrapped texts make the stack height-for-width, which ignores the QR page's fixed size: its minimum
    // height keeps the whole code on screen.
    m_pages->setMinimumHeight(m_qr->height());
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_qrHint);
    connect(
        m_pages, &QStackedWidget::currentChanged, m_qrHint, [this](int page) { m_qrHint->setVisible(page == QrPage); });
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // The window grows with what it shows (a wrapped title, a larger code): nothing is ever drawn over the code.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(460);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int mode) {
        if (mode == QrMode) {
            start();
        } else {
            m_pairing->cancel();
            m_pairingCode->clear();
            m_pages->setCurrentIndex(NumberPage);
            m_status->clear();
            m_number->setFocus();
        }
    });
    connect(m_getCode, &QPushButton::clicked, this, [this] {
        const QString digits = EvolutionClient::digitsOf(m_number->text());
        if (digits.size() < 8) {
            m_status->setText(tr("Enter the full number with its country code (at least 8 digits)."));
            return;
        }
        start(digits);
    });
    connect(m_number, &QLineEdit::returnPressed, m_getCode, &QPushButton::click);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        start(m_modes->checkedId() == NumberMode ? EvolutionClient::digitsOf(m_number->text()) : QString());
    });
    connect(m_pairing, &WhatsAppPairing::changed, this, &WhatsAppPairingDialog::showState);
    connect(m_pairing, &WhatsAppPairing::codeChanged, this, &WhatsAppPairingDialog::showCode);
    connect(m_pairing, &WhatsAppPairing::finished, this, [this](bool connected) {
        if (!connected)
            return;
        emit paired(m_instance, m_pairing->phone(), m_pairing->profileName());
        accept();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &WhatsAppPairingDialog::updateCountdown);
    showState();
}

WhatsAppPairingDialog::~WhatsAppPairingDialog() = default;

void WhatsAppPairingDialog::start(const QString& pairingNumber)
{
    m_qr->clear();
    m_pairingCode->clear();
    m_modes->button(pairingNumber.isEmpty() ? QrMode : NumberMode)->setChecked(true);
    m_pairing->start(m_instance, pairingNumber);
}

void WhatsAppPairingDialog::setSimulatedScan(ScanFunction scan)
{
    m_scan = std::move(scan);
    showState();
}

void WhatsAppPairingDialog::done(int result)
{
    m_pairing->cancel(); // closing stops the polling; the server keeps its pairing until its own limit
    m_countdown.stop();
    QDialog::done(result);
}

QString WhatsAppPairingDialog::statusText() const
{
    return m_status->text();
}

QString WhatsAppPairingDialog::messageText() const
{
    return m_message->text();
}

void WhatsAppPairingDialog::showCode()
{
    const WhatsAppConnectAnswer& code = m_pairing->current();
    if (!code.pairingCode.isEmpty() && !m_pairing->pairingNumber().isEmpty()) {
        m_pairingCode->setText(WhatsAppPairing::groupedPairingCode(code.pairingCode));
        m_pages->setCurrentIndex(NumberPage);
    } else {
        QImage image;
        if (!code.png.isEmpty())
            image = QImage::fromData(code.png, "PNG");
        if (image.isNull())
            image = QrCodeImage::render(code.code, 4); // the server sent the payload only
        if (image.isNull()) {
            m_qr->setText(tr("The server sent a code that cannot be drawn."));
        } else {
            // Whole-pixel scaling without smoothing keeps every module a crisp square for the phone's camera; an
            // image too big for that is scaled to the target without smoothing (modules differ by a pixel at most).
            const int factor = kQrTargetPixels / std::max(1, image.width());
            const int side = factor >= 1 && image.width() * factor >= kQrTargetPixels * 3 / 4 ? image.width() * factor
                                                                                              : kQrTargetPixels;
            m_qr->setPixmap(QPixmap::fromImage(image.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation)));
        }
        m_pages->setCurrentIndex(QrPage);
    }
    updateCountdown();
    layout()->activate(); // grow now, before anyone looks at (or photographs) the code
    resize(size().expandedTo(sizeHint()));
}

void WhatsAppPairingDialog::showState()
{
    using Phase = WhatsAppPairing::Phase;
    const Phase phase = m_pairing->phase();
    m_restart->setVisible(phase == Phase::LimitReached || phase == Phase::Failed);
    if (m_simulatedScan)
        m_simulatedScan->setVisible(m_scan && phase == Phase::ShowingCode);
    m_getCode->setEnabled(!m_pairing->isActive() || m_modes->checkedId() == QrMode);
    switch (phase) {
    case Phase::Idle:
        m_countdown.stop();
        break;
    case Phase::Starting:
        m_waiting->setText(tr("Asking Evolution API to start pairing…"));
        if (m_modes->checkedId() == QrMode)
            m_pages->setCurrentIndex(WaitingPage);
        m_status->setText(m_pairing->message());
        break;
    case Phase::Waiting:
        m_waiting->setText(tr("Waiting for WhatsApp to issue a code…\nThis usually takes a few seconds."));
        if (m_modes->checkedId() == QrMode)
            m_pages->setCurrentIndex(WaitingPage);
        m_status->setText(m_pairing->message());
        break;
    case Phase::ShowingCode:
        if (!m_countdown.isActive())
            m_countdown.start();
        updateCountdown();
        break;
    case Phase::Connected:
        m_countdown.stop();
        m_message->setText(tr("Connected."));
        break;
    case Phase::LimitReached:
    case Phase::Failed:
        m_countdown.stop();
        m_message->setText(m_pairing->message());
        m_message->setStyleSheet(
            QStringLiteral("color:%1").arg((phase == Phase::Failed ? Theme::danger() : Theme::warning()).name()));
        m_pages->setCurrentIndex(EndPage);
        m_status->clear();
        m_restart->setFocus();
        break;
    }
}

void WhatsAppPairingDialog::updateCountdown()
{
    if (m_pairing->phase() != WhatsAppPairing::Phase::ShowingCode)
        return;
    const WhatsAppConnectAnswer& code = m_pairing->current();
    const int number = std::max(code.count, m_pairing->codesShown());
    const int seconds = m_pairing->secondsToNextCode();
    QString text = seconds > 0
        ? tr("Code %1 of %2 · a new code in about %3 s").arg(number).arg(m_pairing->qrLimit()).arg(seconds)
        : tr("Code %1 of %2 · a new code any moment").arg(number).arg(m_pairing->qrLimit());
    if (!m_pairing->message().isEmpty())
        text += QLatin1Char('\n') + m_pairing->message();
    m_status->setText(text);
}

} // namespace Fleetdeck
