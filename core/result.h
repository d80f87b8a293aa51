#pragma once

#include "core/net/apierror.h"

#include <utility>
#include <variant>

namespace Fleetdeck {

// Shaped like std::expected<T, E> (C++23) so the swap is mechanical once every compiler we use has it.
template <typename T, typename E = ApiError> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    static Result failure(E error) { return Result(std::in_place_index<1>, std::move(error)); }

    [[nodiscard]] bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const E& error() const { return std::get<1>(m_data); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    template <typename U> [[nodiscard]] T valueOr(U&& fallback) const
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    template <std::size_t I, typename V>
    Result(std::in_place_index_t<I> tag, V&& v)
        : m_data(tag, std::forward<V>(v))
    {
    }
    std::variant<T, E> m_data;
};

// Success without a value.
struct Done
{
};

} // namespace Fleetdeck
