#include "ui/dialogs/commandpalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Fleetdeck {

namespace {
constexpr int kMaxShown = 40;
}

CommandPalette::CommandPalette(Provider provider, QWidget* parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_provider(std::move(provider))
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command palette"));
    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setPlaceholderText(tr("Type a client or an action: \"open pizza\", \"suspend joe\", \"refresh\"…"));
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    auto* hint = new QLabel(tr("↑↓ to choose · Enter to run · Esc to close"), this);
    hint->setObjectName(QStringLiteral("muted"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    setStyleSheet(
        QStringLiteral("QDialog#commandPalette { border: 1px solid palette(highlight); border-radius: 10px; }"));
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

int CommandPalette::matchScore(const QString& query, const QString& text)
{
    const QString q = query.simplified().toLower();
    const QString t = text.toLower();
    if (q.isEmpty())
        return 1;
    int score = 10;
    for (const QString& word : q.split(QLatin1Char(' '))) {
        const qsizetype at = t.indexOf(word);
        if (at < 0)
            return 0;
        if (at == 0 || !t.at(at - 1).isLetterOrNumber())
            score += 5; // the word starts a word of the text
    }
    if (t.startsWith(q))
        score += 20;
    return score;
}

void CommandPalette::popup()
{
    if (QWidget* owner = parentWidget()) {
        const int width = std::min(owner->width() - 40, fontMetrics().averageCharWidth() * 80);
        const int height = std::min(owner->height() - 80, fontMetrics().height() * 22);
        resize(width, height);
        move(owner->mapToGlobal(QPoint((owner->width() - width) / 2, fontMetrics().height() * 4)));
    }
    m_edit->clear();
    refill();
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
}

QStringList CommandPalette::visibleTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts << m_list->item(i)->data(Qt::UserRole).toString();
    return texts;
}

void CommandPalette::refill()
{
    m_commands = m_provider ? m_provider(m_edit->text()) : QList<PaletteCommand>();
    std::stable_sort(m_commands.begin(), m_commands.end(),
        [](const PaletteCommand& a, const PaletteCommand& b) { return a.score > b.score; });
    if (m_commands.size() > kMaxShown)
        m_commands.resize(kMaxShown);
    m_list->clear();
    for (const PaletteCommand& command : std::as_const(m_commands)) {
        auto* item = new QListWidgetItem(
            command.detail.isEmpty() ? command.text : QStringLiteral("%1    —  %2").arg(command.text, command.detail));
        item->setData(Qt::UserRole, command.text);
        m_list->addItem(item);
    }
    if (m_list->count() == 0) {
        auto* item = new QListWidgetItem(tr("Nothing matches \"%1\".").arg(m_edit->text()));
        item->setFlags(Qt::NoItemFlags);
        m_list->addItem(item);
    } else {
        m_list->setCurrentRow(0);
    }
}

void CommandPalette::runCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_commands.size())
        return;
    const auto run = m_commands.at(row).run;
    hide();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Fleetdeck
