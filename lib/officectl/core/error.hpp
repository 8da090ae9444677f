#pragma once
// The one error type of officectl: a message naming what and where, and the
// sysexits(3) code the process exits with. The app prints it as one line.

#include <stdexcept>
#include <string>

namespace officectl {

enum class ExitCode : int {
    ok = 0,
    usage = 64,       // EX_USAGE: bad command line
    data = 65,        // EX_DATAERR: bad input data (a date, an amount, a CSV row)
    no_input = 66,    // EX_NOINPUT: a file or record that does not exist
    unavailable = 69, // EX_UNAVAILABLE: a library a format needs is not installed
    cant_create = 73, // EX_CANTCREAT: the store or an output file cannot be created
    io = 74,          // EX_IOERR: reading or writing failed
    busy = 75,        // EX_TEMPFAIL: the store is busy or locked; try again
    config = 78,      // EX_CONFIG: the configuration is wrong
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    ExitCode code() const noexcept { return m_code; }

private:
    ExitCode m_code;
};

// Shorthands for the common kinds, so call sites read as what went wrong.
inline Error usage_error(const std::string& m) { return Error(ExitCode::usage, m); }
inline Error data_error(const std::string& m) { return Error(ExitCode::data, m); }
inline Error not_found(const std::string& m) { return Error(ExitCode::no_input, m); }
inline Error config_error(const std::string& m) { return Error(ExitCode::config, m); }

} // namespace officectl
