#pragma once

#include "core/store/tenantimport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Fleetdeck {

// Import clients from CSV or JSON: pick a file, see which rows would be accepted and why the others
// are rejected, and only then write. The caller parses and writes (off the GUI thread).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);

    void setPreview(const QString& fileName, const TenantImport::Preview& preview);
    void showError(const QString& text);
    void setBusy(bool busy, const QString& text = {});
    [[nodiscard]] const TenantImport::Preview& preview() const { return m_preview; }

signals:
    void fileChosen(const QString& path);
    void importRequested();

private:
    void chooseFile();
    TenantImport::Preview m_preview;
    QLabel* m_file;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableWidget* m_accepted;
    QTableWidget* m_rejected;
    QPushButton* m_choose;
    QPushButton* m_import;
};

} // namespace Fleetdeck
