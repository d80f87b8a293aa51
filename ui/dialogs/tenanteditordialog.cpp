#include "ui/dialogs/tenanteditordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace Fleetdeck {

namespace {

QString slugFromName(const QString& name)
{
    QString slug = name.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9\\s-]")));
    slug = slug.simplified();
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    slug.replace(QRegularExpression(QStringLiteral("-+")), QStringLiteral("-"));
    return slug.left(63);
}

} // namespace

QString TenantEditorDialog::intervalName(const Plan& plan)
{
    const int n = std::max(1, plan.intervalCount);
    if (plan.interval == QLatin1String("year"))
        return n == 1 ? tr("year") : tr("%n years", nullptr, n);
    if (plan.interval == QLatin1String("week"))
        return n == 1 ? tr("week") : tr("%n weeks", nullptr, n);
    if (plan.interval == QLatin1String("day"))
        return n == 1 ? tr("day") : tr("%n days", nullptr, n);
    return n == 1 ? tr("month") : tr("%n months", nullptr, n);
}

TenantEditorDialog::TenantEditorDialog(const QList<Plan>& plans, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_slug(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_healthUrls(new QPlainTextEdit(this))
    , m_host(new QLineEdit(this))
    , m_mautic(new QLineEdit(this))
    , m_evolution(new QLineEdit(this))
    , m_n8nTag(new QLineEdit(this))
    , m_stripeCustomer(new QLineEdit(this))
    , m_ghlLocation(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add client"));
    setObjectName(QStringLiteral("tenantEditorDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_healthUrls->setObjectName(QStringLiteral("healthUrlsEdit"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_mautic->setObjectName(QStringLiteral("mauticEdit"));
    m_evolution->setObjectName(QStringLiteral("evolutionEdit"));
    m_n8nTag->setObjectName(QStringLiteral("n8nTagEdit"));
    m_stripeCustomer->setObjectName(QStringLiteral("stripeCustomerEdit"));
    m_ghlLocation->setObjectName(QStringLiteral("ghlLocationEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    m_status->addItem(tenantStatusDisplayName(TenantStatus::Active), static_cast<int>(TenantStatus::Active));
    m_status->addItem(tenantStatusDisplayName(TenantStatus::Suspended), static_cast<int>(TenantStatus::Suspended));
    m_status->addItem(tenantStatusDisplayName(TenantStatus::Churned), static_cast<int>(TenantStatus::Churned));
    m_plan->addItem(tr("No plan"), QString());
    for (const Plan& plan : plans) {
        const QString price = QLocale().toCurrencyString(plan.amountMinor / 100.0, plan.currency.toUpper());
        m_plan->addItem(
            tr("%1 — %2 per %3").arg(plan.name.isEmpty() ? plan.code : plan.name, price, intervalName(plan)),
            plan.code);
    }
    m_name->setPlaceholderText(tr("e.g. Pizza Co"));
    m_slug->setPlaceholderText(tr("lower-case letters, digits and dashes"));
    m_contact->setPlaceholderText(tr("e-mail or phone of the person to call"));
    m_healthUrls->setPlaceholderText(tr("One URL per line, e.g. https://pizzaco.example/health"));
    m_host->setPlaceholderText(tr("server the client runs on, e.g. srv-2"));
    m_mautic->setPlaceholderText(tr("https://mautic.pizzaco.example"));
    m_stripeCustomer->setPlaceholderText(tr("cus_…"));
    const int lineHeight = fontMetrics().lineSpacing();
    m_notes->setFixedHeight(lineHeight * 3 + 12);
    m_healthUrls->setFixedHeight(lineHeight * 3 + 12);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #EF4444;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Slug"), m_slug);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("&Plan"), m_plan);
    form->addRow(tr("&Contact"), m_contact);
    form->addRow(tr("N&otes"), m_notes);
    form->addRow(tr("&Health URLs"), m_healthUrls);
    form->addRow(tr("H&ost"), m_host);
    form->addRow(tr("&Mautic URL"), m_mautic);
    form->addRow(tr("&Evolution instance"), m_evolution);
    form->addRow(tr("n8n ta&g"), m_n8nTag);
    form->addRow(tr("St&ripe customer"), m_stripeCustomer);
    form->addRow(tr("GHL &location"), m_ghlLocation);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_editing && !m_slugTouched)
            m_slug->setText(slugFromName(name));
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TenantEditorDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TenantEditorDialog::setTenant(const Tenant& t)
{
    m_editing = true;
    m_id = t.id;
    m_createdAt = t.createdAt;
    setWindowTitle(tr("Edit %1").arg(t.name));
    m_name->setText(t.name);
    m_slug->setText(t.slug);
    m_slug->setReadOnly(true);
    m_slug->setToolTip(tr("The slug identifies the client everywhere; it cannot change."));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(t.status)));
    const int plan = m_plan->findData(t.plan);
    if (plan < 0 && !t.plan.isEmpty())
        m_plan->addItem(t.plan, t.plan);
    m_plan->setCurrentIndex(m_plan->findData(t.plan));
    m_contact->setText(t.contact);
    m_notes->setPlainText(t.notes);
    m_healthUrls->setPlainText(t.healthUrls().join(QLatin1Char('\n')));
    m_host->setText(t.host());
    m_mautic->setText(t.endpointValue(TenantEndpoint::Kind::Mautic));
    m_evolution->setText(t.endpointValue(TenantEndpoint::Kind::EvolutionInstance));
    m_n8nTag->setText(t.endpointValue(TenantEndpoint::Kind::N8nTag));
    m_stripeCustomer->setText(t.endpointValue(TenantEndpoint::Kind::StripeCustomer));
    m_ghlLocation->setText(t.endpointValue(TenantEndpoint::Kind::GhlLocation));
}

Tenant TenantEditorDialog::tenant() const
{
    Tenant t;
    t.id = m_id;
    t.createdAt = m_createdAt;
    t.name = m_name->text().trimmed();
    t.slug = m_slug->text().trimmed();
    t.status = static_cast<TenantStatus>(m_status->currentData().toInt());
    t.plan = m_plan->currentData().toString();
    t.contact = m_contact->text().trimmed();
    t.notes = m_notes->toPlainText().trimmed();
    for (const QString& url :
        m_healthUrls->toPlainText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        t.endpoints.append({TenantEndpoint::Kind::Health, url});
    const QList<QPair<QLineEdit*, TenantEndpoint::Kind>> single = {{m_host, TenantEndpoint::Kind::Host},
        {m_mautic, TenantEndpoint::Kind::Mautic}, {m_evolution, TenantEndpoint::Kind::EvolutionInstance},
        {m_n8nTag, TenantEndpoint::Kind::N8nTag}, {m_stripeCustomer, TenantEndpoint::Kind::StripeCustomer},
        {m_ghlLocation, TenantEndpoint::Kind::GhlLocation}};
    for (const auto& [edit, kind] : single) {
        if (!edit->text().trimmed().isEmpty())
            t.endpoints.append({kind, edit->text().trimmed()});
    }
    return t;
}

QString TenantEditorDialog::problem() const
{
    const Tenant t = tenant();
    if (t.name.isEmpty())
        return tr("Give the client a name.");
    if (!isValidSlug(t.slug))
        return tr("The slug \"%1\" is not valid: use lower-case letters, digits and dashes (at most 63).").arg(t.slug);
    for (const QString& url : t.healthUrls()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            return tr("\"%1\" is not an http:// or https:// address.").arg(url);
    }
    return {};
}

void TenantEditorDialog::submit()
{
    const QString issue = problem();
    if (!issue.isEmpty()) {
        showError(issue);
        return;
    }
    m_error->hide();
    emit submitted(tenant());
}

void TenantEditorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setBusy(false);
}

void TenantEditorDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setText(busy ? tr("Saving…") : tr("Save"));
}

} // namespace Fleetdeck
