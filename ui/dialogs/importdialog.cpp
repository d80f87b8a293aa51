#include "ui/dialogs/importdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fleetdeck {

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_file(new QLabel(tr("No file chosen yet."), this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_accepted(new QTableWidget(this))
    , m_rejected(new QTableWidget(this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import clients"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_import->setObjectName(QStringLiteral("primary"));
    m_import->setAccessibleName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    // Two lines are always reserved, so a long verdict is never clipped by the table below.
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 6);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_file->setObjectName(QStringLiteral("muted"));
    m_accepted->setObjectName(QStringLiteral("acceptedTable"));
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    for (QTableWidget* table : {m_accepted, m_rejected}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_accepted->setColumnCount(4);
    m_accepted->setHorizontalHeaderLabels({tr("Line"), tr("Slug"), tr("Name"), tr("Health URLs")});
    m_rejected->setColumnCount(2);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Why it was rejected")});
    m_tabs->addTab(m_accepted, tr("Accepted"));
    m_tabs->addTab(m_rejected, tr("Rejected"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addWidget(m_file, 1);
    // A plain row rather than a QDialogButtonBox: the Import button's text grows with the preview.
    auto* cancel = new QPushButton(tr("Cancel"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_import);
    auto* hint = new QLabel(tr("CSV with a header row (slug, name, status, plan, contact, notes, health, mautic, "
                               "evolution_instance, n8n_tag, stripe_customer, ghl_location, host) or JSON. Nothing is "
                               "written until you press Import; then all accepted rows are written together."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("muted"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(hint);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 34);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (!m_preview.accepted.isEmpty() || !m_preview.plans.isEmpty())
            emit importRequested();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

void ImportDialog::chooseFile()
{
    auto* picker =
        new QFileDialog(this, tr("Import clients"), QString(), tr("Client lists (*.csv *.json);;All files (*)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_file->setText(QFileInfo(path).fileName());
        setBusy(true, tr("Checking %1…").arg(QFileInfo(path).fileName()));
        emit fileChosen(path);
    });
    picker->open();
}

void ImportDialog::setPreview(const QString& fileName, const TenantImport::Preview& preview)
{
    m_preview = preview;
    m_file->setText(fileName);
    setBusy(false);
    if (!preview.fileError.isEmpty()) {
        showError(preview.fileError);
        return;
    }
    m_accepted->setRowCount(static_cast<int>(preview.accepted.size()));
    for (int i = 0; i < preview.accepted.size(); ++i) {
        const auto& a = preview.accepted.at(i);
        m_accepted->setItem(i, 0, new QTableWidgetItem(QString::number(a.line)));
        m_accepted->setItem(i, 1, new QTableWidgetItem(a.tenant.slug));
        m_accepted->setItem(i, 2, new QTableWidgetItem(a.tenant.name));
        m_accepted->setItem(i, 3, new QTableWidgetItem(a.tenant.healthUrls().join(QStringLiteral(", "))));
    }
    m_rejected->setRowCount(static_cast<int>(preview.rejected.size()));
    for (int i = 0; i < preview.rejected.size(); ++i) {
        const auto& r = preview.rejected.at(i);
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(r.line)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(r.reason));
    }
    m_accepted->resizeColumnsToContents();
    m_rejected->resizeColumnToContents(0);
    m_tabs->setTabText(0, tr("Accepted (%1)").arg(preview.accepted.size()));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(preview.rejected.size()));
    if (!preview.rejected.isEmpty() && preview.accepted.isEmpty())
        m_tabs->setCurrentIndex(1);
    m_summary->setText(preview.rejected.isEmpty()
            ? tr("%n client(s) ready to import.", nullptr, static_cast<int>(preview.accepted.size()))
            : tr("%1 ready to import; %2 rejected (see why under Rejected). Fix the file and choose it again, or "
                 "import the accepted ones now.")
                  .arg(tr("%n client(s)", nullptr, static_cast<int>(preview.accepted.size())))
                  .arg(tr("%n row(s)", nullptr, static_cast<int>(preview.rejected.size()))));
    m_import->setEnabled(!preview.accepted.isEmpty() || !preview.plans.isEmpty());
    m_import->setText(tr("&Import %n client(s)", nullptr, static_cast<int>(preview.accepted.size())));
}

void ImportDialog::showError(const QString& text)
{
    setBusy(false);
    m_summary->setText(QStringLiteral("<span style=\"color:#EF4444\">%1</span>").arg(text.toHtmlEscaped()));
}

void ImportDialog::setBusy(bool busy, const QString& text)
{
    m_choose->setEnabled(!busy);
    m_import->setEnabled(!busy && (!m_preview.accepted.isEmpty() || !m_preview.plans.isEmpty()));
    if (busy)
        m_summary->setText(text);
}

} // namespace Fleetdeck
