#include "sim/promqlparser.h"

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace Fleetdeck::Sim {

namespace {

const QString kSupported = QStringLiteral(
    "the simulator understands selectors, numbers, time(), parentheses and + - * / % ^ == != > < >= <= (with bool, "
    "on and ignoring)");

struct Token
{
    enum class Type
    {
        End,
        Identifier,
        Number,
        Duration,
        String,
        Operator,
        LeftParen,
        RightParen,
        LeftBrace,
        RightBrace,
        LeftBracket,
        RightBracket,
        Comma,
    };
    Type type = Type::End;
    QString text; // identifiers, operators, the source of numbers; the unescaped value of strings
    double number = 0;
    int position = 0; // 0-based offset in the query
};

struct ParseFailure
{
    int position;
    QString message;
};

bool isIdentifierStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_') || c == QLatin1Char(':');
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString describe(const Token& token)
{
    switch (token.type) {
    case Token::Type::End:
        return QStringLiteral("end of input");
    case Token::Type::Identifier:
        return QStringLiteral("identifier \"%1\"").arg(token.text);
    case Token::Type::Number:
        return QStringLiteral("number \"%1\"").arg(token.text);
    case Token::Type::Duration:
        return QStringLiteral("duration \"%1\"").arg(token.text);
    case Token::Type::String:
        return QStringLiteral("string");
    case Token::Type::Operator:
    case Token::Type::LeftParen:
    case Token::Type::RightParen:
    case Token::Type::LeftBrace:
    case Token::Type::RightBrace:
    case Token::Type::LeftBracket:
    case Token::Type::RightBracket:
    case Token::Type::Comma:
        return QLatin1Char('"') + token.text + QLatin1Char('"');
    }
    return token.text;
}

class Lexer
{
public:
    explicit Lexer(const QString& query)
        : m_query(query)
    {
    }

    std::optional<ParseFailure> run(std::vector<Token>& tokens)
    {
        const int n = int(m_query.size());
        int i = 0;
        while (true) {
            while (i < n && (m_query.at(i).isSpace() || m_query.at(i) == QLatin1Char('#'))) {
                if (m_query.at(i) == QLatin1Char('#')) {
                    while (i < n && m_query.at(i) != QLatin1Char('\n'))
                        ++i;
                } else {
                    ++i;
                }
            }
            Token token;
            token.position = i;
            if (i >= n) {
                tokens.push_back(token);
                return std::nullopt;
            }
            const QChar c = m_query.at(i);
            if (isDigit(c) || (c == QLatin1Char('.') && i + 1 < n && isDigit(m_query.at(i + 1)))) {
                int j = i;
                while (j < n && (isDigit(m_query.at(j)) || m_query.at(j) == QLatin1Char('.')))
                    ++j;
                if (j < n && (m_query.at(j) == QLatin1Char('e') || m_query.at(j) == QLatin1Char('E'))) {
                    int k = j + 1;
                    if (k < n && (m_query.at(k) == QLatin1Char('+') || m_query.at(k) == QLatin1Char('-')))
                        ++k;
                    if (k < n && isDigit(m_query.at(k))) {
                        j = k;
                        while (j < n && isDigit(m_query.at(j)))
                            ++j;
                    }
                }
                if (j < n && m_query.at(j).isLetter()) { // 5m, 1h30m: a duration
                    while (j < n && m_query.at(j).isLetterOrNumber())
                        ++j;
                    token.type = Token::Type::Duration;
                    token.text = m_query.mid(i, j - i);
                } else {
                    bool ok = false;
                    token.text = m_query.mid(i, j - i);
                    token.number = token.text.toDouble(&ok); // QString::toDouble is always the C locale
                    if (!ok)
                        return ParseFailure{i, QStringLiteral("bad number or duration syntax: \"%1\"").arg(token.text)};
                    token.type = Token::Type::Number;
                }
                i = j;
            } else if (isIdentifierStart(c)) {
                int j = i;
                while (j < n && isIdentifierPart(m_query.at(j)))
                    ++j;
                token.text = m_query.mid(i, j - i);
                const QString lower = token.text.toLower();
                if (lower == QLatin1String("inf") || lower == QLatin1String("nan")) {
                    token.type = Token::Type::Number;
                    token.number = lower == QLatin1String("inf") ? std::numeric_limits<double>::infinity()
                                                                 : std::numeric_limits<double>::quiet_NaN();
                } else {
                    token.type = Token::Type::Identifier;
                }
                i = j;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
                std::optional<ParseFailure> failure = string(i, token);
                if (failure)
                    return failure;
            } else {
                static const char* const kOperators[] = {
                    "==", "!=", "<=", ">=", "=~", "!~", "<", ">", "=", "+", "-", "*", "/", "%", "^"};
                bool matched = false;
                for (const char* op : kOperators) {
                    const QLatin1String text(op);
                    if (QStringView(m_query).mid(i).startsWith(text)) {
                        token.type = Token::Type::Operator;
                        token.text = text;
                        i += int(text.size());
                        matched = true;
                        break;
                    }
                }
                if (!matched) {
                    switch (c.unicode()) {
                    case '(':
                        token.type = Token::Type::LeftParen;
                        break;
                    case ')':
                        token.type = Token::Type::RightParen;
                        break;
                    case '{':
                        token.type = Token::Type::LeftBrace;
                        break;
                    case '}':
                        token.type = Token::Type::RightBrace;
                        break;
                    case '[':
                        token.type = Token::Type::LeftBracket;
                        break;
                    case ']':
                        token.type = Token::Type::RightBracket;
                        break;
                    case ',':
                        token.type = Token::Type::Comma;
                        break;
                    default:
                        return ParseFailure{i, QStringLiteral("unexpected character: '%1'").arg(c)};
                    }
                    token.text = c;
                    ++i;
                }
            }
            tokens.push_back(token);
        }
    }

private:
    // A quoted string starting at `i`; Go's escapes in "…" and '…', none in `…`.
    std::optional<ParseFailure> string(int& i, Token& token)
    {
        const int n = int(m_query.size());
        const QChar quote = m_query.at(i);
        const int start = i++;
        QString value;
        while (true) {
            if (i >= n)
                return ParseFailure{start, QStringLiteral("unterminated quoted string")};
            const QChar c = m_query.at(i);
            if (c == quote) {
                ++i;
                break;
            }
            if (c == QLatin1Char('\n') && quote != QLatin1Char('`'))
                return ParseFailure{start, QStringLiteral("unterminated quoted string")};
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`')) {
                if (i + 1 >= n)
                    return ParseFailure{start, QStringLiteral("unterminated quoted string")};
                const QChar e = m_query.at(i + 1);
                i += 2;
                switch (e.unicode()) {
                case 'n':
                    value += QLatin1Char('\n');
                    break;
                case 't':
                    value += QLatin1Char('\t');
                    break;
                case 'r':
                    value += QLatin1Char('\r');
                    break;
                case '\\':
                case '"':
                case '\'':
                    value += e;
                    break;
                case 'u': {
                    bool ok = false;
                    const uint code = m_query.mid(i, 4).toUInt(&ok, 16);
                    if (!ok || i + 4 > n)
                        return ParseFailure{start, QStringLiteral("invalid syntax")};
                    value += QChar(char16_t(code));
                    i += 4;
                    break;
                }
                default:
                    return ParseFailure{start, QStringLiteral("invalid syntax")};
                }
                continue;
            }
            value += c;
            ++i;
        }
        token.type = Token::Type::String;
        token.text = value;
        return std::nullopt;
    }

    const QString& m_query;
};

int precedence(const Token& token)
{
    if (token.type == Token::Type::Identifier) {
        const QString word = token.text.toLower();
        if (word == QLatin1String("or"))
            return 1;
        if (word == QLatin1String("and") || word == QLatin1String("unless"))
            return 2;
        return -1;
    }
    if (token.type != Token::Type::Operator)
        return -1;
    const QString& op = token.text;
    if (op == QLatin1String("==") || op == QLatin1String("!=") || op == QLatin1String("<=") || op == QLatin1String(">=")
        || op == QLatin1String("<") || op == QLatin1String(">"))
        return 3;
    if (op == QLatin1String("+") || op == QLatin1String("-"))
        return 4;
    if (op == QLatin1String("*") || op == QLatin1String("/") || op == QLatin1String("%"))
        return 5;
    if (op == QLatin1String("^"))
        return 6;
    return -1;
}

bool isScalar(const PromqlExpr& expr)
{
    switch (expr.kind) {
    case PromqlExpr::Kind::Number:
    case PromqlExpr::Kind::Time:
        return true;
    case PromqlExpr::Kind::Selector:
        return false;
    case PromqlExpr::Kind::Binary:
        return isScalar(*expr.lhs) && isScalar(*expr.rhs);
    }
    return false;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    std::unique_ptr<PromqlExpr> parseAll()
    {
        if (peek().type == Token::Type::End)
            fail(peek().position, QStringLiteral("no expression found in input"));
        std::unique_ptr<PromqlExpr> expr = binary(0);
        if (m_failure)
            return nullptr;
        if (peek().type != Token::Type::End)
            fail(peek().position, QStringLiteral("unexpected %1").arg(describe(peek())));
        return m_failure ? nullptr : std::move(expr);
    }

    std::optional<ParseFailure> failure() const { return m_failure; }

private:
    const Token& peek() const { return m_tokens[std::min(m_index, m_tokens.size() - 1)]; }
    const Token& next() { return m_tokens[std::min(m_index++, m_tokens.size() - 1)]; }
    bool isWord(const Token& token, const char* word) const
    {
        return token.type == Token::Type::Identifier
            && token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    void fail(int position, const QString& message)
    {
        if (!m_failure)
            m_failure = ParseFailure{position, message};
    }
    void unsupported(int position, const QString& what)
    {
        fail(position, QStringLiteral("%1 is not supported by fleetdeck-sim; %2").arg(what, kSupported));
    }

    std::unique_ptr<PromqlExpr> binary(int minPrecedence)
    {
        std::unique_ptr<PromqlExpr> lhs = unary();
        while (!m_failure) {
            const Token op = peek();
            const int prec = precedence(op);
            if (prec < 0 || prec < minPrecedence)
                break;
            ++m_index;
            if (op.type == Token::Type::Identifier) {
                unsupported(op.position, QStringLiteral("the \"%1\" operator").arg(op.text.toLower()));
                return nullptr;
            }
            auto node = std::make_unique<PromqlExpr>();
            node->kind = PromqlExpr::Kind::Binary;
            node->op = op.text;
            if (isWord(peek(), "bool")) {
                if (!node->isComparison()) {
                    fail(peek().position, QStringLiteral("bool modifier can only be used on comparison operators"));
                    return nullptr;
                }
                node->returnBool = true;
                ++m_index;
            }
            if (isWord(peek(), "on") || isWord(peek(), "ignoring")) {
                node->matching = isWord(peek(), "on") ? PromqlExpr::Matching::On : PromqlExpr::Matching::Ignoring;
                ++m_index;
                if (!labelList(node->matchingLabels))
                    return nullptr;
                if (isWord(peek(), "group_left") || isWord(peek(), "group_right")) {
                    unsupported(peek().position, QStringLiteral("many-to-one matching (%1)").arg(peek().text));
                    return nullptr;
                }
            }
            // ^ is right-associative, everything else left-associative.
            std::unique_ptr<PromqlExpr> rhs = binary(op.text == QLatin1String("^") ? prec : prec + 1);
            if (m_failure)
                return nullptr;
            node->lhs = std::move(lhs);
            node->rhs = std::move(rhs);
            if (node->isComparison() && !node->returnBool && isScalar(*node->lhs) && isScalar(*node->rhs)) {
                fail(op.position, QStringLiteral("comparisons between scalars must use BOOL modifier"));
                return nullptr;
            }
            lhs = std::move(node);
        }
        return m_failure ? nullptr : std::move(lhs);
    }

    bool labelList(QStringList& labels)
    {
        if (peek().type != Token::Type::LeftParen) {
            fail(peek().position, QStringLiteral("unexpected %1, expected \"(\"").arg(describe(peek())));
            return false;
        }
        ++m_index;
        while (peek().type != Token::Type::RightParen) {
            const Token& label = next();
            if (label.type != Token::Type::Identifier) {
                fail(label.position,
                    QStringLiteral("unexpected %1 in grouping opts, expected label").arg(describe(label)));
                return false;
            }
            labels << label.text;
            if (peek().type == Token::Type::Comma)
                ++m_index;
            else if (peek().type != Token::Type::RightParen) {
                fail(peek().position,
                    QStringLiteral("unexpected %1 in grouping opts, expected \")\" or \",\"").arg(describe(peek())));
                return false;
            }
        }
        ++m_index;
        return true;
    }

    std::unique_ptr<PromqlExpr> unary()
    {
        const Token& token = peek();
        if (token.type == Token::Type::Operator
            && (token.text == QLatin1String("-") || token.text == QLatin1String("+"))) {
            ++m_index;
            const bool minus = token.text == QLatin1String("-");
            std::unique_ptr<PromqlExpr> operand = binary(6); // binds tighter than * but not ^
            if (m_failure)
                return nullptr;
            if (!minus)
                return operand;
            if (operand->kind == PromqlExpr::Kind::Number) {
                operand->number = -operand->number;
                return operand;
            }
            auto node = std::make_unique<PromqlExpr>();
            node->kind = PromqlExpr::Kind::Binary;
            node->op = QStringLiteral("*");
            node->lhs = std::make_unique<PromqlExpr>();
            node->lhs->number = -1;
            node->rhs = std::move(operand);
            return node;
        }
        std::unique_ptr<PromqlExpr> expr = primary();
        if (m_failure)
            return nullptr;
        const Token& after = peek();
        if (after.type == Token::Type::LeftBracket) {
            unsupported(after.position, QStringLiteral("a range vector"));
            return nullptr;
        }
        if (isWord(after, "offset") || (after.type == Token::Type::Operator && after.text == QLatin1String("@"))) {
            unsupported(after.position, QStringLiteral("\"%1\"").arg(after.text));
            return nullptr;
        }
        return expr;
    }

    std::unique_ptr<PromqlExpr> primary()
    {
        const Token token = next();
        switch (token.type) {
        case Token::Type::Number: {
            auto node = std::make_unique<PromqlExpr>();
            node->kind = PromqlExpr::Kind::Number;
            node->number = token.number;
            return node;
        }
        case Token::Type::LeftParen: {
            std::unique_ptr<PromqlExpr> inner = binary(0);
            if (m_failure)
                return nullptr;
            if (peek().type == Token::Type::End) {
                fail(token.position, QStringLiteral("unclosed left parenthesis"));
                return nullptr;
            }
            if (peek().type != Token::Type::RightParen) {
                fail(peek().position, QStringLiteral("unexpected %1, expected \")\"").arg(describe(peek())));
                return nullptr;
            }
            ++m_index;
            return inner;
        }
        case Token::Type::LeftBrace:
            return selector(QString(), token.position);
        case Token::Type::Identifier: {
            if (peek().type == Token::Type::LeftParen) {
                static const QStringList kAggregations = {QStringLiteral("sum"), QStringLiteral("avg"),
                    QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("count"), QStringLiteral("topk"),
                    QStringLiteral("bottomk"), QStringLiteral("quantile"), QStringLiteral("stddev"),
                    QStringLiteral("stdvar"), QStringLiteral("group"), QStringLiteral("count_values")};
                if (token.text == QLatin1String("time")) {
                    ++m_index;
                    if (peek().type != Token::Type::RightParen) {
                        fail(peek().position, QStringLiteral("expected 0 argument(s) in call to \"time\", got 1"));
                        return nullptr;
                    }
                    ++m_index;
                    auto node = std::make_unique<PromqlExpr>();
                    node->kind = PromqlExpr::Kind::Time;
                    return node;
                }
                unsupported(token.position,
                    kAggregations.contains(token.text.toLower())
                        ? QStringLiteral("the aggregation \"%1\"").arg(token.text)
                        : QStringLiteral("the function \"%1\"").arg(token.text));
                return nullptr;
            }
            static const QStringList kKeywords = {QStringLiteral("by"), QStringLiteral("without"), QStringLiteral("on"),
                QStringLiteral("ignoring"), QStringLiteral("bool"), QStringLiteral("offset"),
                QStringLiteral("group_left"), QStringLiteral("group_right"), QStringLiteral("and"),
                QStringLiteral("or"), QStringLiteral("unless")};
            if (kKeywords.contains(token.text.toLower())) {
                fail(token.position, QStringLiteral("unexpected %1").arg(token.text.toLower()));
                return nullptr;
            }
            if (peek().type == Token::Type::LeftBrace) {
                const int position = peek().position;
                ++m_index;
                return selector(token.text, position);
            }
            return selector(token.text, -1);
        }
        case Token::Type::String:
            unsupported(token.position, QStringLiteral("a string expression"));
            return nullptr;
        case Token::Type::Duration:
            fail(token.position, QStringLiteral("unexpected %1").arg(describe(token)));
            return nullptr;
        case Token::Type::End:
            fail(token.position, QStringLiteral("unexpected end of input"));
            return nullptr;
        default:
            fail(token.position, QStringLiteral("unexpected %1").arg(describe(token)));
            return nullptr;
        }
    }

    // `name` may be empty; `bracePosition` < 0 when there are no braces (the '{' was consumed otherwise).
    std::unique_ptr<PromqlExpr> selector(const QString& name, int bracePosition)
    {
        auto node = std::make_unique<PromqlExpr>();
        node->kind = PromqlExpr::Kind::Selector;
        node->metric = name;
        if (!name.isEmpty())
            node->matchers.push_back(PromqlMatcher{QStringLiteral("__name__"), PromqlMatcher::Op::Equal, name, {}});
        if (bracePosition >= 0) {
            while (peek().type != Token::Type::RightBrace) {
                const Token label = next();
                if (label.type == Token::Type::End) {
                    fail(label.position, QStringLiteral("unexpected end of input inside braces"));
                    return nullptr;
                }
                if (label.type != Token::Type::Identifier) {
                    fail(label.position,
                        QStringLiteral("unexpected %1 in label matching, expected identifier or \"}\"")
                            .arg(describe(label)));
                    return nullptr;
                }
                const Token op = next();
                if (op.type == Token::Type::End) {
                    fail(op.position, QStringLiteral("unexpected end of input inside braces"));
                    return nullptr;
                }
                PromqlMatcher matcher;
                matcher.name = label.text;
                if (op.type == Token::Type::Operator && op.text == QLatin1String("="))
                    matcher.op = PromqlMatcher::Op::Equal;
                else if (op.type == Token::Type::Operator && op.text == QLatin1String("!="))
                    matcher.op = PromqlMatcher::Op::NotEqual;
                else if (op.type == Token::Type::Operator && op.text == QLatin1String("=~"))
                    matcher.op = PromqlMatcher::Op::Regex;
                else if (op.type == Token::Type::Operator && op.text == QLatin1String("!~"))
                    matcher.op = PromqlMatcher::Op::NotRegex;
                else {
                    fail(op.position,
                        QStringLiteral("unexpected %1 in label matching, expected label matching operator")
                            .arg(describe(op)));
                    return nullptr;
                }
                const Token value = next();
                if (value.type == Token::Type::End) {
                    fail(value.position, QStringLiteral("unexpected end of input inside braces"));
                    return nullptr;
                }
                if (value.type != Token::Type::String) {
                    fail(value.position,
                        QStringLiteral("unexpected %1 in label matching, expected string").arg(describe(value)));
                    return nullptr;
                }
                matcher.value = value.text;
                if (matcher.op == PromqlMatcher::Op::Regex || matcher.op == PromqlMatcher::Op::NotRegex) {
                    matcher.regex = QRegularExpression(QRegularExpression::anchoredPattern(matcher.value));
                    if (!matcher.regex.isValid()) {
                        fail(value.position,
                            QStringLiteral("error parsing regexp: %1: `%2`")
                                .arg(matcher.regex.errorString(), matcher.value));
                        return nullptr;
                    }
                }
                if (matcher.name == QLatin1String("__name__") && !name.isEmpty()) {
                    fail(label.position,
                        QStringLiteral("metric name must not be set twice: \"%1\" or \"%2\"").arg(name, matcher.value));
                    return nullptr;
                }
                node->matchers.push_back(std::move(matcher));
                if (peek().type == Token::Type::Comma) {
                    ++m_index;
                } else if (peek().type == Token::Type::End) {
                    fail(peek().position, QStringLiteral("unexpected end of input inside braces"));
                    return nullptr;
                } else if (peek().type != Token::Type::RightBrace) {
                    fail(peek().position,
                        QStringLiteral("unexpected %1 in label matching, expected \",\" or \"}\"")
                            .arg(describe(peek())));
                    return nullptr;
                }
            }
            ++m_index; // '}'
        }
        bool selective = false;
        for (const PromqlMatcher& matcher : node->matchers)
            selective = selective || !matcher.matches(QString());
        if (!selective) {
            fail(bracePosition >= 0 ? bracePosition : 0,
                QStringLiteral("vector selector must contain at least one non-empty matcher"));
            return nullptr;
        }
        return node;
    }

    std::vector<Token> m_tokens;
    std::size_t m_index = 0;
    std::optional<ParseFailure> m_failure;
};

QString located(const QString& query, const ParseFailure& failure)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < failure.position && i < query.size(); ++i) {
        if (query.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2: parse error: %3").arg(line).arg(column).arg(failure.message);
}

} // namespace

std::unique_ptr<PromqlExpr> PromqlParser::parse(const QString& query, QString* error)
{
    std::vector<Token> tokens;
    Lexer lexer(query);
    if (std::optional<ParseFailure> failure = lexer.run(tokens)) {
        if (error)
            *error = located(query, *failure);
        return nullptr;
    }
    Parser parser(std::move(tokens));
    std::unique_ptr<PromqlExpr> expr = parser.parseAll();
    if (!expr) {
        if (error)
            *error = located(query, parser.failure().value_or(ParseFailure{0, QStringLiteral("invalid query")}));
        return nullptr;
    }
    return expr;
}

} // namespace Fleetdeck::Sim
