#pragma once
// Lines of a text stream, each at most limits::k_line_bytes: a file or stdin that
// never ends a line (`/dev/zero`) is refused after one limit's worth, instead
// of filling the memory.

#include "officectl/core/limits.hpp"

#include <cstddef>
#include <istream>
#include <string>

namespace officectl::io {

class LineReader {
public:
    LineReader(std::istream& in, std::string name, std::size_t max_bytes = core::limits::k_line_bytes);

    // The next line without its line feed (a CR before it stays); false at the
    // end. Throws a data Error `name:N: a line longer than 1 MiB` for a longer one.
    bool next(std::string& line);
    // The number of the line `next` gave last, 1-based.
    int number() const { return m_number; }
    const std::string& name() const { return m_name; }

private:
    std::istream& m_in;
    std::string m_name;
    std::size_t m_max;
    int m_number = 0;
};

} // namespace officectl::io
