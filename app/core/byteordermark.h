#pragma once

#include <string_view>

/// UTF-8's byte-order mark, which some producers write at the start of a file (or where two
/// files were concatenated): it is not part of the first line's JSON, and every reader of lines
/// and events drops it the same way.
namespace ByteOrderMark {

inline constexpr std::string_view utf8 = "\xEF\xBB\xBF";

inline bool startsWith(std::string_view text)
{
    return text.substr(0, utf8.size()) == utf8;
}

/// \a text without a leading byte-order mark.
inline std::string_view removed(std::string_view text)
{
    return startsWith(text) ? text.substr(utf8.size()) : text;
}

} // namespace ByteOrderMark
