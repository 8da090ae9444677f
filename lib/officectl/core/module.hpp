#pragma once
// Modules: the parts of officectl that bring heavy libraries (GMime with GLib,
// GIO and gpgme for mail; libical with ICU for iCalendar) are shared objects
// opened when a command first needs them, not loaded by every start (issue 25:
// a plain listing loads a third of the shared objects it used to).
//
// A module exports one C function, officectl_<name>_module(), that returns its
// table of functions. The tests and fuzzers link the same code in; then the
// table is taken from there and nothing is opened.
#include <string>

namespace officectl::core {

// The entry `entry` of the module file `file` (officectl-mail.so), looked for
// beside the executable (the build tree) and then in the installed module
// folder (<bindir>/../<libdir>/officectl); only in the folder it was installed
// in when the executable's own cannot be known (no /proc); never relative to
// the current folder. Throws an unavailable Error (exit 69) naming the file
// and the folders when it cannot be opened.
void* module_entry(const std::string& file, const char* entry);

// The module's table: `linked()` when the module is linked in (a weak symbol,
// null otherwise), else the module's entry called once. Thread-safe.
template <typename Table> const Table& module_table(const Table* (*linked)(), const char* file, const char* entry) {
    static const Table* table =
        linked != nullptr ? linked() : reinterpret_cast<const Table* (*)()>(module_entry(file, entry))();
    return *table;
}

} // namespace officectl::core
