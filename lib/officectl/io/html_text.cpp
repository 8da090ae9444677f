// The mail module's HTML to text (html_text.hpp says what it does).
#include "officectl/io/html_text.hpp"
#include "officectl/io/mail_module.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <mutex>
#include <string>

namespace officectl::io {
namespace {

void ensure_libxml() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); }); // before threads parse side by side
}

bool named(const xmlNode* node, std::initializer_list<std::string_view> names) {
    std::string_view name = node->name != nullptr ? reinterpret_cast<const char*>(node->name) : "";
    for (auto n : names) {
        if (name.size() == n.size() && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(n.data())) == 0) {
            return true;
        }
    }
    return false;
}

bool breaks_before(const xmlNode* e) { return named(e, {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}); }
bool breaks_after(const xmlNode* e) { return named(e, {"p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}); }
bool hidden(const xmlNode* e) { return named(e, {"script", "style"}); }

void line_break(std::string& out) {
    if (!out.empty() && out.back() != '\n') {
        out += '\n'; // one break per block boundary
    }
}

void append_text(std::string& out, const xmlChar* content) {
    if (content == nullptr) {
        return;
    }
    std::string_view text(reinterpret_cast<const char*>(content));
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') { // a no-break space
            out += ' ';
            ++i;
        } else {
            out += (c == '\r' || c == '\t') ? ' ' : c;
        }
    }
}

// The document's text in order, walked without recursion (libxml2 bounds the
// nesting, this walk needs no stack at all).
std::string document_text(xmlNode* node) {
    std::string out;
    while (node != nullptr) {
        if (node->type == XML_ELEMENT_NODE && !hidden(node)) {
            if (breaks_before(node)) {
                line_break(out);
            }
            if (node->children != nullptr) {
                node = node->children;
                continue;
            }
            if (breaks_after(node)) {
                line_break(out);
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            append_text(out, node->content);
        }
        // Leave every element whose last child this was, then go to the next sibling.
        while (node != nullptr && node->next == nullptr) {
            node = node->parent;
            if (node == nullptr || node->type != XML_ELEMENT_NODE) {
                return out;
            }
            if (breaks_after(node)) {
                line_break(out);
            }
        }
        if (node != nullptr) {
            node = node->next;
        }
    }
    return out;
}

// Runs of spaces to one, at most one blank line in a row, no spaces at line ends.
std::string collapse(const std::string& text) {
    std::string out;
    int newlines = 0;
    for (char c : text) {
        if (c == '\n') {
            while (!out.empty() && out.back() == ' ') {
                out.pop_back();
            }
            if (++newlines <= 2) {
                out += c;
            }
        } else if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\n')) {
            continue;
        } else {
            newlines = 0;
            out += c;
        }
    }
    return out;
}

} // namespace

std::string libxml::html_to_text(std::string_view html) {
    if (html.empty()) {
        return {};
    }
    ensure_libxml();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(std::min<std::size_t>(html.size(), INT32_MAX)), nullptr,
                                    "UTF-8", options);
    if (doc == nullptr) {
        return {};
    }
    auto text = collapse(document_text(doc->children));
    xmlFreeDoc(doc);
    // libxml2 puts bare text in an implied paragraph: no line breaks at the ends.
    auto first = text.find_first_not_of('\n');
    auto last = text.find_last_not_of('\n');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

} // namespace officectl::io
