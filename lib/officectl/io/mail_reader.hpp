#pragma once
// Reading mail through GMime 3: mbox files, Maildir folders (cur/ and new/, with
// Maildir++ subfolders), single .eml files and folders of them, told apart by
// content. Messages are handed over one at a time, so memory stays flat however
// large the mbox. Headers are decoded (RFC 2047, any charset to UTF-8; broken
// encodings survive as best-effort text); the body is the text/plain part, else
// the text of the HTML part; attachments are described, not kept.
//
// Every message in an input is handed over or skipped with its reason, one by
// one: a message that GMime cannot read, or beyond the limits (core/limits.hpp:
// its size, its header, its parts), is skipped alone, never with the rest of
// its mbox.

#include "officectl/io/html_text.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace officectl::io {

struct MailAddress {
    std::string name; // display name, decoded; may be empty
    std::string addr; // lower-cased address
};

struct MailAttachment {
    std::string name;
    std::string type; // image/png
    std::uint64_t size = 0;
    std::string sha256;
    std::string path; // where it was kept (with a keep folder), else empty
};

struct ParsedMail {
    std::string source;                  // file (and, for mbox, the message's offset)
    std::string message_id;              // without <>; empty when missing
    std::vector<std::string> in_reply_to; // message ids this one answers (In-Reply-To, then References)
    std::optional<MailAddress> from;
    std::vector<MailAddress> to;          // To and Cc
    std::optional<std::int64_t> date;     // Unix seconds (UTC), when the Date header parses
    std::string subject;
    std::string body;
    std::vector<MailAttachment> attachments;
    std::string content_hash;            // sha256 of the fields above: the fallback identity
};

// Why a file, or a message of an mbox (`path@offset`), was not read as mail; the
// import reports these as `skipped N (why)`.
struct SkippedFile {
    std::string path;
    std::string why;
};

// One file that may hold mail, found under a path given to an import.
struct MailSource {
    std::string path;
    bool maildir_message = false; // in a Maildir's cur/ or new/: one message, not sniffed
    std::string unreadable;       // why it is skipped unopened (a fifo or device inside a folder)
};

// The files under `path` (a file, a pipe or a folder), in a stable order: folders
// walked in name order, a Maildir's tmp/ and dot files left out, each folder and
// file read once however many symlinks lead to it. Nothing is opened yet.
// Errors: no_input when `path` does not exist or cannot be read.
std::vector<MailSource> mail_sources(const std::string& path);

// Calls `on_mail` for every message of one source (an mbox holds many), and
// `on_skip` for each message or file that is not mail, cannot be read or is
// beyond the limits. Safe to call from several threads at once, each with its
// own source.
void read_source(const MailSource& source, const std::function<void(ParsedMail&&)>& on_mail,
                 const std::function<void(SkippedFile&&)>& on_skip, const std::string& keep_dir = "");

// Calls `on_mail` for every message under `path` (a file or a folder), and
// `on_skip` for each file that is not mail. Errors: no_input when `path` does not
// exist or cannot be read.
// With `keep_dir`, each attachment's content is also written there as
// `ab/abcdef…` (its SHA-256): the same attachment is kept once.
void read_mail(const std::string& path, const std::function<void(ParsedMail&&)>& on_mail,
               const std::function<void(SkippedFile&&)>& on_skip, const std::string& keep_dir = "");

} // namespace officectl::io
