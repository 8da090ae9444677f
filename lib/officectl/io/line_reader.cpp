#include "officectl/io/line_reader.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>

namespace officectl::io {

LineReader::LineReader(std::istream& in, std::string name, std::size_t max_bytes)
    : m_in(in), m_name(std::move(name)), m_max(max_bytes) {}

bool LineReader::next(std::string& line) {
    line.clear();
    auto* buffer = m_in.rdbuf();
    if (buffer == nullptr || !m_in.good()) {
        return false;
    }
    ++m_number;
    for (;;) {
        auto c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            m_in.setstate(std::ios::eofbit);
            return !line.empty();
        }
        if (c == '\n') {
            return true;
        }
        if (line.size() >= m_max) {
            throw data_error(fmt::format("{}:{}: a line longer than {} (the limit)", m_name, m_number,
                                         m_max >= core::limits::k_mib ? fmt::format("{} MiB", m_max >> 20)
                                                                      : fmt::format("{} bytes", m_max)));
        }
        line.push_back(static_cast<char>(c));
    }
}

} // namespace officectl::io
