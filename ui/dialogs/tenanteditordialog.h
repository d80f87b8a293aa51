#pragma once

#include "core/domain/plan.h"
#include "core/domain/tenant.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Fleetdeck {

// Adds or edits a client. The dialog checks what it can (required fields, slug and URL shapes) and
// hands the tenant over with submitted(); it closes only when the caller says the write succeeded.
class TenantEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TenantEditorDialog(const QList<Plan>& plans, QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant); // edit mode: the slug can no longer change
    [[nodiscard]] Tenant tenant() const;
    [[nodiscard]] bool isEditing() const { return m_editing; }

    void showError(const QString& text);
    void setBusy(bool busy);
    // "month", "year", "3 months": a plan's billing period in the window's language.
    static QString intervalName(const Plan& plan);

signals:
    void submitted(const Fleetdeck::Tenant& tenant);

private:
    void submit();
    [[nodiscard]] QString problem() const;

    bool m_editing = false;
    bool m_slugTouched = false;
    qint64 m_id = 0;
    QDateTime m_createdAt;
    QLineEdit* m_name;
    QLineEdit* m_slug;
    QComboBox* m_status;
    QComboBox* m_plan;
    QLineEdit* m_contact;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_healthUrls;
    QLineEdit* m_host;
    QLineEdit* m_mautic;
    QLineEdit* m_evolution;
    QLineEdit* m_n8nTag;
    QLineEdit* m_stripeCustomer;
    QLineEdit* m_ghlLocation;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace Fleetdeck
