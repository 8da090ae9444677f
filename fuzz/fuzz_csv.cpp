// The CSV reader (libcsv, strict RFC 4180) on any bytes: every row is read or
// the file is refused with officectl's Error naming the line.

#include "officectl/core/error.hpp"
#include "officectl/io/csv_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace officectl;
    std::string text(reinterpret_cast<const char*>(data), size);
    for (char separator : {'\0', ';'}) {
        std::istringstream in(text);
        try {
            io::CsvReader csv(in, "fuzz.csv", separator);
            io::CsvRow row;
            while (csv.next(row)) {
                if (row.fields.size() != csv.header().size()) {
                    __builtin_trap(); // rows are padded to the header's width
                }
            }
        } catch (const Error&) {
        }
    }
    return 0;
}
