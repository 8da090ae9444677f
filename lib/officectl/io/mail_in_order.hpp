#pragma once
// Mail parsed on several threads and handed over in the order one thread would
// read it: an import numbers what it registers, and the same input must get the
// same numbers however the parsing was shared out.

#include "officectl/io/mail_reader.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace officectl::io {

struct MailEntry {
    std::optional<ParsedMail> mail; // empty: a file that is not mail (why in `skipped`)
    std::string skipped;
};
using MailBatch = std::vector<MailEntry>;

// Mail under `paths` listed and parsed on `parsers` threads from the moment it is
// made (so the caller can open the store meanwhile), and handed to `consume` on
// the calling thread in batches (which, rather than wait for the parsers, parses
// files of one message itself), in the order one thread would read it (an
// mbox's messages in file order). Memory is bounded: parsers wait when a few
// hundred messages wait. A path that cannot be read (no_input), or a parser's
// error (an attachment that cannot be kept), comes out of consume once the
// messages before it were consumed. When `consume` throws, the exception passes
// through and the parsers stop.
class MailPipeline {
public:
    MailPipeline(std::vector<std::string> paths, std::string keep_dir, int parsers);
    ~MailPipeline(); // stops the parsers and waits for them
    MailPipeline(const MailPipeline&) = delete;
    MailPipeline& operator=(const MailPipeline&) = delete;

    void consume(const std::function<void(MailBatch&)>& consume); // once

private:
    void stop_and_join();
    class Pipeline;
    std::unique_ptr<Pipeline> m_pipeline;
    std::vector<std::thread> m_threads;
};

} // namespace officectl::io
